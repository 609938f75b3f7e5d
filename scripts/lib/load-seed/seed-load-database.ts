import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { DEMO_SHOW } from "@/lib/seed/demo-show";
import type { Role } from "@/lib/domain/roles";
import { toMoney } from "@/lib/domain/money";
import { addEpisode, emptyRows, TABLES, type Rows, type SeedContext } from "./episode-rows";
import { LOAD_PASSWORDS } from "./load-database";
import { createRandom } from "./random";

/** Shows added beside the demo show, each with its hosts and budget. */
const EXTRA_SHOWS = [
  {
    slug: "deep-time",
    name: "Deep Time",
    tone: "Slow, wondering, exact.",
    audience: "Geology and astronomy fans.",
    hosts: ["Ines Okafor", "Ravi Bell"],
  },
  {
    slug: "the-build",
    name: "The Build",
    tone: "Practical and brisk.",
    audience: "Engineers and makers.",
    hosts: ["Sam Ortiz", "June Park", "Lena Vogt"],
  },
  {
    slug: "small-numbers",
    name: "Small Numbers",
    tone: "Sceptical, funny, kind.",
    audience: "People who read statistics in the news.",
    hosts: ["Noor Haddad"],
  },
  {
    slug: "field-notes",
    name: "Field Notes",
    tone: "Warm and outdoorsy.",
    audience: "Ecology listeners.",
    hosts: ["Tom Reyes", "Alba Stone"],
  },
];

const EXTRA_USERS: { email: string; name: string; role: Role }[] = [
  ...Array.from({ length: 5 }, (_, i) => ({
    email: `producer${i + 2}@load.showrunner.local`,
    name: `Producer ${i + 2}`,
    role: "PRODUCER" as const,
  })),
  ...Array.from({ length: 2 }, (_, i) => ({
    email: `editor${i + 2}@load.showrunner.local`,
    name: `Editor ${i + 2}`,
    role: "EDITOR" as const,
  })),
];

/** What a database holds beyond `seedDemoWorkspace`'s three users and one show; non-empty means "not ours to fill". */
export async function describeExistingData(db: Db): Promise<string[]> {
  const [users, shows, episodes] = await Promise.all([db.user.count(), db.show.count(), db.episode.count()]);
  const found: string[] = [];
  if (episodes > 0) found.push(`${episodes} episodes`);
  if (shows > 1) found.push(`${shows} shows`);
  if (users > 3) found.push(`${users} users`);
  return found;
}

export interface SeedLoadOptions {
  episodes: number;
  batchSize: number;
  seed: number;
  /** Spread of createdAt, in days before now. */
  days: number;
  onProgress?: (done: number, rows: number) => void;
}

/** Fills `db` with the demo workspace, more shows and users, and `episodes` episodes with all their pipeline records. */
export async function seedLoadDatabase(
  db: Db,
  options: SeedLoadOptions,
): Promise<{ rows: Record<string, number>; statuses: Record<string, number> }> {
  await seedDemoWorkspace(db, LOAD_PASSWORDS);

  // More shows with hosts and budgets, and more people, so lists and filters see a realistic mix.
  for (const s of EXTRA_SHOWS) {
    if (await db.show.findUnique({ where: { slug: s.slug } })) continue;
    await db.show.create({
      data: {
        slug: s.slug,
        name: s.name,
        description: `${s.name}: a show of the load workspace.`,
        tone: s.tone,
        audience: s.audience,
        requiredPhrases: [`Welcome to ${s.name}`],
        bannedPhrases: DEMO_SHOW.bannedPhrases,
        humilityMarkers: DEMO_SHOW.humilityMarkers,
        hosts: {
          create: s.hosts.map((name, i) => ({
            position: i + 1,
            name,
            persona: `Host ${i + 1} of ${s.name}.`,
            localVoice: i % 2 ? "kal" : "slt",
          })),
        },
        budgetPolicy: { create: { episodeDefault: "5.00", episodeHardCap: "8.00", monthlyCap: "400.00" } },
      },
    });
  }
  const hashes = new Map<Role, string>();
  for (const u of EXTRA_USERS) {
    if (await db.user.findUnique({ where: { email: u.email } })) continue;
    if (!hashes.has(u.role)) hashes.set(u.role, await hashPassword(LOAD_PASSWORDS[u.role]));
    await db.user.create({ data: { ...u, passwordHash: hashes.get(u.role)! } });
  }

  const users = await db.user.findMany({ select: { id: true, role: true } });
  const ids = (role: Role) => users.filter((u) => u.role === role).map((u) => u.id);
  const shows = await db.show.findMany({
    select: {
      id: true,
      hosts: { select: { name: true }, orderBy: { position: "asc" } },
      budgetPolicy: { select: { episodeDefault: true } },
    },
  });
  const prices = await db.price.findMany({ orderBy: { effectiveFrom: "desc" } });
  const ctx: SeedContext = {
    shows: shows.map((s) => ({
      id: s.id,
      hosts: s.hosts.map((h) => h.name),
      budget: s.budgetPolicy?.episodeDefault.toFixed(2) ?? "5.00",
    })),
    producers: ids("PRODUCER"),
    editors: ids("EDITOR"),
    admins: ids("ADMIN"),
    prices: new Map(
      prices.map((p) => [`${p.provider}/${p.model}/${p.unit}`, { id: p.id, unitPrice: toMoney(p.unitPrice) }]),
    ),
    now: Date.now(),
  };
  if (ctx.editors.length === 0 || ctx.admins.length === 0 || ctx.producers.length === 0) {
    throw new Error("The database needs at least one producer, editor and admin.");
  }

  // createdAt spread evenly (with jitter) over the last `days` days, oldest first, like real history.
  const random = createRandom(options.seed);
  const span = options.days * 86_400_000;
  const start = ctx.now - span;
  const totals: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, 0]));
  const statuses: Record<string, number> = {};
  let done = 0;
  let rowCount = 0;
  while (done < options.episodes) {
    const rows = emptyRows();
    const n = Math.min(options.batchSize, options.episodes - done);
    for (let i = 0; i < n; i++) {
      const at = start + ((done + i + random.next()) / options.episodes) * (span - 3_600_000);
      const status = addEpisode(rows, ctx, random, new Date(at));
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    rowCount += await insertRows(db, rows, totals);
    done += n;
    options.onProgress?.(done, rowCount);
  }
  return { rows: totals, statuses };
}

/**
 * Inserts a batch table by table in foreign-key order. Each table is one `INSERT … SELECT FROM json_populate_recordset`
 * with the rows as a single JSON parameter: Prisma's createMany spends ~25 s per 250 episodes building bind
 * parameters for these JSON-heavy rows, this takes ~2 s. Columns a row leaves out get NULL; omitted from every row,
 * the column's default.
 */
async function insertRows(db: Db, rows: Rows, totals: Record<string, number>): Promise<number> {
  let count = 0;
  await db.$transaction(
    async (tx) => {
      for (const table of TABLES) {
        const data = rows[table] as object[];
        if (data.length === 0) continue;
        const columns = [...new Set(data.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(", ");
        const name = `"${table[0]!.toUpperCase()}${table.slice(1)}"`;
        const t0 = performance.now();
        const inserted = await tx.$executeRawUnsafe(
          `insert into ${name} (${columns}) select ${columns} from json_populate_recordset(null::${name}, $1::json)`,
          JSON.stringify(data),
        );
        if (process.env.LOAD_SEED_PROFILE) console.log(`    ${table} ${(performance.now() - t0).toFixed(0)} ms`);
        count += inserted;
        totals[table]! += inserted;
      }
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return count;
}
