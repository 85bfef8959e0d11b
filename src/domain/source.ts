import { z } from 'zod';

/** Who owns an outlet, as a fact of public record. No political-lean labels. */
export const OWNERSHIP_KINDS = ['public-broadcaster', 'private', 'state-controlled', 'wire-agency', 'nonprofit'] as const;
export type OwnershipKind = (typeof OWNERSHIP_KINDS)[number];

/** An outlet and its public feeds. Only id, name and feeds are required in a user's sources file. */
export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and dashes'),
  name: z.string().min(1),
  homepage: z.url({ protocol: /^https?$/ }).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as "GB"')
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code such as "en"')
    .optional(),
  ownership: z.enum(OWNERSHIP_KINDS).optional(),
  feeds: z.array(z.url({ protocol: /^https?$/ })).min(1),
});
export type Source = z.infer<typeof SourceSchema>;

/** A Google News country edition, used for on-demand topic searches. */
export const NewsEditionSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  language: z.string().regex(/^[a-z]{2}$/),
  /** Google's `hl` parameter, e.g. "en-GB". */
  hl: z.string().min(2),
  /** Google's `ceid` parameter, e.g. "GB:en". */
  ceid: z.string().regex(/^[A-Z]{2}:[a-zA-Z0-9-]+$/),
});
export type NewsEdition = z.infer<typeof NewsEditionSchema>;
