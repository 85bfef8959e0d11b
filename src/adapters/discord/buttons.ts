import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
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
