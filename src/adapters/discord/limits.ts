/** Discord's message limits (characters), from the API documentation. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of every embed's title, description, field names and values, footer and author in one message. */
  embedTotal: 6000,
  embeds: 10,
  customId: 100,
  choices: 25,
  choiceName: 100,
} as const;
