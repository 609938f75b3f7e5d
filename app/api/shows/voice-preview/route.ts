import { withRoute } from "@/lib/api/with-route";
import { appProviders } from "@/lib/providers/app-providers";
import { limitVoicePreviews, previewVoice, voicePreviewSchema } from "@/lib/pipeline/preview-voice";

const CONTENT_TYPES = { wav: "audio/wav", mp3: "audio/mpeg" } as const;

/** "Preview voice" in the show settings (editors): a host's voice saying a fixed sentence, as audio. */
export const POST = withRoute(
  "EDITOR",
  async ({ json, user }) => {
    const voice = voicePreviewSchema.parse(await json());
    await limitVoicePreviews(user.id);
    const take = await previewVoice(await appProviders(), voice);
    return new Response(new Uint8Array(take.audio), {
      headers: {
        "Content-Type": CONTENT_TYPES[take.format],
        "Cache-Control": "private, no-store",
        "X-Take-Reused": take.reused ? "true" : "false",
      },
    });
  },
  { maxBodyBytes: 512 },
);
