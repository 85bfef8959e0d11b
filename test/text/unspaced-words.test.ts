import { describe, expect, it } from 'vitest';
import { typedWords, unspacedWords } from '../../src/text/unspaced-words.ts';

describe('words typed in Chinese and Japanese', () => {
  it('splits a run into its words, keeping a transcribed name whole', () => {
    expect(unspacedWords('伊朗地震', 'zh')).toEqual(['伊朗', '地震']);
    expect(unspacedWords('伊朗南部地震', 'zh')).toEqual(['伊朗', '南部', '地震']);
    // ICU splits a transcribed name into single characters; they are one word.
    expect(unspacedWords('奥巴马', 'zh')).toEqual(['奥巴马']);
    expect(unspacedWords('克里琴科', 'zh')).toEqual(['克里琴科']);
    // A katakana run is one name, split at the dot between given name and surname; particles are left out.
    expect(unspacedWords('リンジー・ローハン', 'ja')).toEqual(['リンジー', 'ローハン']);
    expect(unspacedWords('イランで地震', 'ja')).toEqual(['イラン', '地震']);
  });

  it('reads any other word as it is', () => {
    expect(typedWords('землетрясение')).toEqual(['землетрясение']);
    expect(typedWords('微软补丁')).toEqual(['微软', '补丁']);
  });
});
