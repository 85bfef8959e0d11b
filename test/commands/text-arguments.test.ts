import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { parseArguments } from '../../commands/text-arguments.ts';
import { usageOf } from '../../commands/command.ts';

const command = (name: string) => findCommand(name)!;

describe('parseArguments', () => {
  it('gives all the words to the required topic, and named options by key=value', () => {
    expect(parseArguments(command('subscribe'), 'climate summit mode=daily time=08:00 timezone=Europe/Berlin')).toEqual({
      options: { topic: 'climate summit', mode: 'daily', time: '08:00', timezone: 'Europe/Berlin' },
    });
    expect(parseArguments(command('compare'), '  harbour   fire ')).toEqual({ options: { topic: 'harbour fire' } });
  });

  it('reads quoted values, typographic quotes included, and converts integers', () => {
    expect(parseArguments(command('subscribe'), '“harbour fire, ferry strike” countries="NO, PT" min-outlets=4')).toEqual({
      options: { topic: 'harbour fire, ferry strike', countries: 'NO, PT', min_outlets: 4 },
    });
    expect(parseArguments(command('stories'), '5')).toEqual({ options: { limit: 5 } });
  });

  it('fills optional options in order when none is required, and refuses extra words', () => {
    expect(parseArguments(command('sources'), 'NO nb')).toEqual({ options: { country: 'NO', language: 'nb' } });
    expect(parseArguments(command('briefing'), 'now please')).toEqual({ error: '/briefing got more than it takes: "now please".' });
    expect(parseArguments(command('unsubscribe'), '')).toEqual({ options: {} });
  });

  it('/help shows each option the way it is typed: by name beside a required one, in order when none is required', () => {
    expect(usageOf(command('subscribe'))).toMatch(/^ <topic> \[mode=…\] \[time=…\]/u);
    expect(usageOf(command('sources'))).toBe(' [country] [language]');
    // What the usage shows is what parses: a mode typed by name sets the mode, not the topic.
    expect(parseArguments(command('subscribe'), 'quake mode=daily')).toEqual({ options: { topic: 'quake', mode: 'daily' } });
  });

  it('reads an option typed with spaces, a colon or dashes as the option, never as topic words', () => {
    const daily = { options: { topic: 'earthquake', mode: 'daily' } };
    for (const typed of [
      'earthquake mode = daily',
      'earthquake mode= daily',
      'earthquake mode =daily',
      'earthquake mode:daily',
      'earthquake --mode=daily',
    ])
      expect(parseArguments(command('subscribe'), typed), typed).toEqual(daily);
    // A name as users guess it: singular for plural, without its underscore.
    expect(parseArguments(command('subscribe'), 'quake country=DE minoutlets=2')).toEqual({
      options: { topic: 'quake', countries: 'DE', min_outlets: 2 },
    });
    expect(parseArguments(command('subscribe'), 'earthquake time: 08:00')).toEqual({ options: { topic: 'earthquake', time: '08:00' } });
    // A colon after a word that is no option is text: "update:" in a topic stays.
    expect(parseArguments(command('subscribe'), 'ferry update:harbour')).toEqual({ options: { topic: 'ferry update:harbour' } });
  });

  it('reads options typed as on a command line, and never takes a flag as a topic word or a value', () => {
    expect(parseArguments(command('sources'), '--country US')).toEqual({ options: { country: 'US' } });
    expect(parseArguments(command('subscribe'), 'earthquake --mode daily --countries "DE, AT"')).toEqual({
      options: { topic: 'earthquake', mode: 'daily', countries: 'DE, AT' },
    });
    // A phone turns "--" into a dash.
    expect(parseArguments(command('subscribe'), 'earthquake —mode daily')).toEqual({ options: { topic: 'earthquake', mode: 'daily' } });
    // A flag no option is like reaches the command by name, which refuses it with its options (commands/run-command.ts).
    expect(parseArguments(command('subscribe'), 'quake --bogus 1')).toEqual({ options: { topic: 'quake', bogus: '1' } });
    expect(parseArguments(command('compare'), 'quake --verbose')).toEqual({ options: { topic: 'quake', verbose: '' } });
    expect(parseArguments(command('subscribe'), 'quake --mode')).toEqual({ error: '/subscribe: give --mode a value, as mode=…' });
    // Quoted, the words are the topic as typed.
    expect(parseArguments(command('compare'), '"C-- --help"')).toEqual({ options: { topic: 'C-- --help' } });
  });

  it('refuses topic words on both sides of an option, saying how to quote a value with spaces', () => {
    expect(parseArguments(command('subscribe'), 'fire exclude=harbour fire')).toEqual({
      error:
        '/subscribe: "fire" comes after exclude=harbour. Put options after the topic, and quote a value with spaces: exclude="harbour fire".',
    });
    expect(parseArguments(command('subscribe'), 'earthquake mode=daily timezone=New York')).toEqual({
      error:
        '/subscribe: "York" comes after timezone=New. Put options after the topic, and quote a value with spaces: timezone="New York".',
    });
    // Options first, then the topic, is one topic.
    expect(parseArguments(command('subscribe'), 'mode=daily harbour fire')).toEqual({ options: { topic: 'harbour fire', mode: 'daily' } });
  });

  it('gives the words after a named topic to the topic, as Discord users type it ("topic:quake iran")', () => {
    expect(parseArguments(command('compare'), 'topic:quake iran')).toEqual({ options: { topic: 'quake iran' } });
    expect(parseArguments(command('subscribe'), 'topic=climate summit mode=daily')).toEqual({
      options: { topic: 'climate summit', mode: 'daily' },
    });
    // Another option named first leaves the words to the options they fill: /sources takes a country, then a language.
    expect(parseArguments(command('sources'), 'language:en US')).toEqual({ options: { language: 'en', country: 'US' } });
    // An option that does not take the rest still refuses words it cannot hold.
    expect(parseArguments(command('briefing'), 'now please')).toEqual({ error: '/briefing got more than it takes: "now please".' });
  });

  it('reads single quotes as quotes when closed, and as an apostrophe when not', () => {
    expect(parseArguments(command('subscribe'), "'Surgeon General' mode=daily")).toEqual({
      options: { topic: 'Surgeon General', mode: 'daily' },
    });
    expect(parseArguments(command('subscribe'), "'90s revival")).toEqual({ options: { topic: "'90s revival" } });
    expect(parseArguments(command('subscribe'), "O'Brien firing")).toEqual({ options: { topic: "O'Brien firing" } });
  });

  it('refuses a bare last word that is an option value, unless the words are quoted', () => {
    expect(parseArguments(command('subscribe'), 'earthquake daily')).toEqual({
      error:
        '/subscribe: "daily" reads as mode=daily. Type mode=daily, or put the words in quotes to mean them as typed: "earthquake daily".',
    });
    expect(parseArguments(command('subscribe'), '"earthquake daily"')).toEqual({ options: { topic: 'earthquake daily' } });
    expect(parseArguments(command('subscribe'), 'live aid')).toEqual({ options: { topic: 'live aid' } });
  });

  it('refuses a quote left open, at the topic or in a key=value, instead of taking the quote into the topic', () => {
    expect(parseArguments(command('subscribe'), '"harbour fire')).toEqual({
      error: '/subscribe: the quote in "harbour fire is not closed. Add the closing ", or leave the quote out.',
    });
    expect(parseArguments(command('subscribe'), 'ferry «strike mode=daily')).toEqual({
      error: '/subscribe: the quote in «strike mode=daily is not closed. Add the closing », or leave the quote out.',
    });
    expect(parseArguments(command('subscribe'), 'harbour countries="NO, PT')).toEqual({
      error: '/subscribe: the quote in "NO, PT is not closed. Add the closing ", or leave the quote out.',
    });
    expect(parseArguments(command('compare'), 'a 5" screen')).toEqual({ options: { topic: 'a 5" screen' } });
  });
});
