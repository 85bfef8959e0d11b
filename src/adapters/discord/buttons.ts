import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { ACTIONS } from '../../present/breakdown-words.ts';
import { pageId, type PageKind } from './paging.ts';

/** A grey paging button whose custom_id carries the page it opens (disabled if the id would not fit). */
export function button(label: string, kind: PageKind, storyId: string, page: number, disabled: boolean): APIButtonComponent {
  const id = pageId({ kind, storyId, page });
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: id ?? `px:none:${kind}:${page}`,
    disabled: disabled || id === null,
  };
}

/** Wraps buttons in one action row (none when there are no buttons). */
export function row(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  return buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
}

/** "◀ Previous" and "Next ▶" between `count` pages of one kind (none for a single page), each disabled at its end. */
export function pagingButtons(kind: PageKind, storyId: string, index: number, count: number): APIButtonComponent[] {
  if (count < 2) return [];
  return [
    button(ACTIONS.previous, kind, storyId, Math.max(index - 1, 0), index === 0),
    button(ACTIONS.next, kind, storyId, Math.min(index + 1, count - 1), index === count - 1),
  ];
}
