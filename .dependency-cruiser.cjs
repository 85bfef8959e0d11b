/**
 * Which folder may import what (docs/architecture.md, "Boundaries"). `npm run lint:deps` checks every import
 * of src/ and commands/ against these rules; test/architecture.test.ts runs the same rules on the real tree and
 * on copies with a violation planted, so a rule that stops biting fails a test.
 */

/** The chat-platform libraries: only the adapter of their own platform may import them. */
const PLATFORM_LIBS = '(^|/)node_modules/(discord\\.js|@discordjs/|discord-api-types|grammy|@grammyjs/|telegraf|node-telegram-bot-api)';
/** Everything outside the core: the presentation layer, the adapters, the CLI, the benchmarks and the training script, the HTTP server, the wiring point and the commands. */
const OUTSIDE_CORE = '^(src/(present|adapters|cli|bench|train|web)/|src/main\\.ts$|commands/)';
/** The core: every folder of src/ but the adapters, the CLI, the benchmarks, the training script and the HTTP server (and the entry points, src/main.ts and src/bin.mjs). */
const CORE = '^src/(?!present/|adapters/|cli/|bench/|train/|web/|main\\.ts$|bin\\.mjs$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-library-outside-its-adapter',
      comment: 'discord.js and @discordjs/* belong to src/adapters/discord/, grammy and @grammyjs/* to src/adapters/telegram/.',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/adapters/(discord|telegram)/' },
      to: { path: PLATFORM_LIBS },
    },
    {
      name: 'discord-library-outside-discord-adapter',
      severity: 'error',
      from: { path: '^src/adapters/telegram/' },
      to: { path: '(^|/)node_modules/(discord\\.js|@discordjs/|discord-api-types)' },
    },
    {
      name: 'telegram-library-outside-telegram-adapter',
      severity: 'error',
      from: { path: '^src/adapters/discord/' },
      to: { path: '(^|/)node_modules/(grammy|@grammyjs/)' },
    },
    {
      name: 'domain-imports-only-domain',
      comment: 'src/domain/ holds the shared values and ports: it imports other domain files, node built-ins and zod only.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '(^|/)node_modules/zod/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-imports-no-outer-layer',
      comment: 'The core knows no adapter, command, CLI, benchmark or wiring code (config.ts: see the next rule).',
      severity: 'error',
      from: { path: CORE, pathNot: '^src/config/config\\.ts$' },
      to: { path: OUTSIDE_CORE },
    },
    {
      name: 'config-imports-only-the-platform-registry',
      comment:
        'config.ts validates every setting, each platform bringing its own: it reads them from src/adapters/registry.ts, which loads no platform library until a platform starts.',
      severity: 'error',
      from: { path: '^src/config/config\\.ts$' },
      to: { path: OUTSIDE_CORE, pathNot: '^src/adapters/registry\\.ts$' },
    },
    {
      name: 'commands-import-no-adapter',
      comment: 'Commands are defined once for every platform: no adapter, CLI or wiring code.',
      severity: 'error',
      from: { path: '^commands/' },
      to: { path: '^(src/(present|adapters|cli|bench)/|src/main\\.ts$)' },
    },
    {
      name: 'presentation-imports-no-adapter',
      comment: 'src/present/ words command results once for every platform: it knows commands and the core, no adapter.',
      severity: 'error',
      from: { path: '^src/present/' },
      to: { path: '^(src/(adapters|cli|bench)/|src/main\\.ts$)' },
    },
    {
      name: 'adapter-imports-no-other-adapter',
      comment: 'Each platform is one folder; what two platforms share lives in the presentation layer or the core.',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/' },
      to: { path: '^src/adapters/[^/]+/', pathNot: '^src/adapters/$1/' },
    },
    {
      name: 'src-imports-no-test',
      severity: 'error',
      from: { path: '^(src|commands)/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dependency',
      comment: 'Code that runs in production imports no devDependency (npm ci --omit=dev would break it).',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/(bench|train)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json'],
    },
  },
};
