import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// Messages are ICU MessageFormat, as next-intl formats them. A message that does not parse, or that
// names an argument the code does not pass ({dat} for {date}), renders as its key on every page
// that shows it: such a file is refused by the content check instead.

/** The arguments ({date}, {count, plural, …}) and rich-text tags (<link>…</link>) a message uses. */
export interface MessageShape {
  arguments: Set<string>;
  tags: Set<string>;
}

// The parser's error kinds, as an author would understand them.
const REASONS: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a "{" is not closed by "}"',
  EMPTY_ARGUMENT: '"{}" names no argument',
  MALFORMED_ARGUMENT: 'an argument name is not a single word',
  EXPECT_ARGUMENT_TYPE: 'a "," after an argument name must be followed by its type (plural, select, number, date)',
  INVALID_ARGUMENT_TYPE: 'unknown argument type: use plural, select, selectordinal, number, date or time',
  MISSING_OTHER_CLAUSE: 'a plural or select needs an "other {…}" case',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural case must be named (one, other, =0 …) before its "{…}"',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select case must be named before its "{…}"',
  EXPECT_PLURAL_ARGUMENT_OPTIONS: 'a plural needs its cases, e.g. {count, plural, one {# item} other {# items}}',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'a select needs its cases, e.g. {kind, select, a {…} other {…}}',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'a plural case is named twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'a select case is named twice',
  UNCLOSED_TAG: 'a tag is opened and not closed, e.g. <link>…</link>',
  UNMATCHED_CLOSING_TAG: 'a closing tag has no opening tag',
  INVALID_TAG: 'a tag name is not valid',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: "a quote (') is not closed",
};

/** The message's arguments and tags, or why it is not a valid ICU message. */
export function messageShape(text: string): MessageShape | { error: string } {
  try {
    const shape: MessageShape = { arguments: new Set(), tags: new Set() };
    collect(parse(text), shape);
    return shape;
  } catch (error) {
    const kind = (error as Error).message;
    const column = (error as { location?: { start?: { column?: number } } }).location?.start?.column;
    const reason = REASONS[kind] ?? kind.toLowerCase().replace(/_/g, ' ');
    return { error: `is not a valid message${column ? ` (at character ${column})` : ''}: ${reason}` };
  }
}

function collect(elements: MessageFormatElement[], shape: MessageShape) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        shape.arguments.add(element.value);
        break;
      case TYPE.plural:
      case TYPE.select:
        shape.arguments.add(element.value);
        for (const option of Object.values(element.options)) collect(option.value, shape);
        break;
      case TYPE.tag:
        shape.tags.add(element.value);
        collect(element.children, shape);
        break;
      default:
        break;
    }
  }
}
