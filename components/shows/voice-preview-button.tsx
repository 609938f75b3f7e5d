"use client";

import { useEffect, useState } from "react";
import { Volume2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { failureOf } from "@/lib/http/fetch-json";

/**
 * "Preview voice": asks the server for this host's voice saying a fixed sentence (on the configured engine, served
 * from the take store when heard before) and plays it in the page.
 */
export function VoicePreviewButton({
  host,
  label,
}: {
  host: { localVoice: string; hostedVoice: string };
  label: string;
}) {
  const [state, setState] = useState<{ loading: boolean; url: string | null; error: string | null }>({
    loading: false,
    url: null,
    error: null,
  });
  // A finished preview's audio is freed when replaced or when the form goes away.
  useEffect(() => () => void (state.url && URL.revokeObjectURL(state.url)), [state.url]);

  async function preview() {
    setState((s) => ({ ...s, loading: true, error: null }));
    const res = await fetch("/api/shows/voice-preview", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ localVoice: host.localVoice, hostedVoice: host.hostedVoice || null }),
    }).catch(() => null);
    if (!res?.ok) {
      setState({ loading: false, url: null, error: `The preview could not be made: ${await failureOf(res)}` });
      return;
    }
    setState({ loading: false, url: URL.createObjectURL(await res.blob()), error: null });
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={preview}
        disabled={state.loading}
        aria-label={`Preview ${label} voice`}
      >
        <Volume2 className="size-4" aria-hidden />
        {state.loading ? "Synthesising…" : "Preview voice"}
      </Button>
      {state.url && (
        <audio controls autoPlay src={state.url} data-testid="voice-preview-audio" className="h-10 max-w-full" />
      )}
      {state.error && (
        <p className="text-xs text-red-700" data-testid="voice-preview-error">
          {state.error}
        </p>
      )}
    </div>
  );
}
