import type { WriterInput, WriterOutput, WriterResult, WriterTask } from "@/lib/providers/writer/types";
import type { CallOptions } from "@/lib/providers/call-options";
import { meteredCall } from "./metered-call";
import type { StageContext } from "./types";

/** One writer task as a metered call: refused before it is made if its estimate would pass a cap. */
export async function callWriter<K extends WriterTask>(
  ctx: StageContext,
  task: K,
  input: WriterInput<K>,
): Promise<WriterOutput<K>> {
  const writer = ctx.providers.writer;
  const run = writer[task] as (input: WriterInput<K>, options: CallOptions) => Promise<WriterResult<WriterOutput<K>>>;
  const result = await meteredCall(
    ctx,
    writer.estimate(task, input),
    (signal) => run.call(writer, input, { signal }),
    (r) => r.usage,
  );
  return result.output;
}

/** The brand profile and tier every writer task takes. */
export const writerContext = (ctx: StageContext) => ({ show: ctx.show, tier: ctx.tier });

/** The sources the stage reads, titled by id: what a writer names a source by in text shown to editors. */
export const sourceTitlesOf = (ctx: Pick<StageContext, "sources">) =>
  Object.fromEntries(ctx.sources.map((s) => [s.id, s.title]));
