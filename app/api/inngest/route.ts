import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { createFunctions, defaultPipelineDeps } from "@/inngest/functions";

// Called by the engine, not by people: in production Inngest signs every request (INNGEST_SIGNING_KEY) and the SDK
// verifies it. See docs/engine.md for the offline engine.
export const { GET, POST, PUT } = serve({ client: inngest, functions: createFunctions(inngest, defaultPipelineDeps()) });
