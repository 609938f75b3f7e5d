"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { updateThenFocus } from "@/components/ui/update-then-focus";
import { LOCAL_VOICES } from "@/lib/domain/local-voices";
import { LOCAL_VOICE_KEYS, MAX_HOSTS } from "@/lib/shows/schemas";
import { errorAt } from "./form-errors";
import { VoicePreviewButton } from "./voice-preview-button";

export interface HostDraft {
  name: string;
  persona: string;
  localVoice: (typeof LOCAL_VOICE_KEYS)[number];
  hostedVoice: string;
}

/** One to four hosts, in speaking order, each with an offline voice and an optional ElevenLabs voice id. */
export function HostsEditor({
  hosts,
  onChange,
  errors,
}: {
  hosts: HostDraft[];
  onChange: (hosts: HostDraft[]) => void;
  errors?: unknown;
}) {
  const set = (i: number, patch: Partial<HostDraft>) =>
    onChange(hosts.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  const unused = LOCAL_VOICE_KEYS.find((v) => !hosts.some((h) => h.localVoice === v)) ?? LOCAL_VOICE_KEYS[0];
  const listError = errorAt(errors, []);

  return (
    <fieldset className="space-y-3" data-testid="hosts-editor">
      <legend className="text-sm font-medium text-slate-800">Hosts</legend>
      <p className="text-xs text-slate-500">
        In speaking order, 1 to {MAX_HOSTS}. Scripts label each line with the host&apos;s name; give each host a
        distinct voice.
      </p>
      {hosts.map((host, i) => {
        const err = (field: keyof HostDraft) => errorAt(errors, [i, field]);
        const pid = `host-${i}`;
        return (
          <div
            key={i}
            className="space-y-3 rounded-md border border-slate-200 p-3"
            data-testid="host-row"
            role="group"
            aria-labelledby={`${pid}-title`}
          >
            <div className="flex items-center justify-between">
              <h3 id={`${pid}-title`} className="text-sm font-semibold">
                Host {i + 1}
              </h3>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={hosts.length <= 1}
                title={hosts.length <= 1 ? "A show needs at least one host." : undefined}
                onClick={() =>
                  updateThenFocus(
                    () => onChange(hosts.filter((_, j) => j !== i)),
                    `host-${Math.min(i, hosts.length - 2)}-name`,
                  )
                }
              >
                Remove host {i + 1}
              </Button>
            </div>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <Field id={`${pid}-name`} label={`Host ${i + 1} name`} error={err("name")}>
                <Input
                  id={`${pid}-name`}
                  value={host.name}
                  aria-invalid={Boolean(err("name"))}
                  aria-describedby={err("name") ? `${pid}-name-error` : undefined}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </Field>
              <Field
                id={`${pid}-voice`}
                label={`Host ${i + 1} voice`}
                error={err("localVoice")}
                hint="Offline speech engines."
              >
                <Select
                  id={`${pid}-voice`}
                  value={host.localVoice}
                  aria-invalid={Boolean(err("localVoice"))}
                  onChange={(e) => set(i, { localVoice: e.target.value as HostDraft["localVoice"] })}
                >
                  {LOCAL_VOICE_KEYS.map((v) => (
                    <option key={v} value={v}>
                      {v} — {LOCAL_VOICES[v]}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field id={`${pid}-persona`} label={`Host ${i + 1} persona`} error={err("persona")}>
              <Textarea
                id={`${pid}-persona`}
                rows={2}
                value={host.persona}
                aria-invalid={Boolean(err("persona"))}
                onChange={(e) => set(i, { persona: e.target.value })}
              />
            </Field>
            <Field
              id={`${pid}-hosted`}
              label={`Host ${i + 1} ElevenLabs voice id (optional)`}
              error={err("hostedVoice")}
              hint="Used when ELEVENLABS_API_KEY is set."
            >
              <Input
                id={`${pid}-hosted`}
                value={host.hostedVoice}
                className="font-mono"
                aria-invalid={Boolean(err("hostedVoice"))}
                aria-describedby={err("hostedVoice") ? `${pid}-hosted-error` : undefined}
                onChange={(e) => set(i, { hostedVoice: e.target.value })}
              />
            </Field>
            <VoicePreviewButton host={host} label={`host ${i + 1}`} />
          </div>
        );
      })}
      {listError && <p className="text-xs text-red-700">{listError}</p>}
      {hosts.length < MAX_HOSTS && (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() =>
            updateThenFocus(
              () => onChange([...hosts, { name: "", persona: "", localVoice: unused, hostedVoice: "" }]),
              `host-${hosts.length}-name`,
            )
          }
        >
          <Plus className="size-4" aria-hidden />
          Add host
        </Button>
      )}
    </fieldset>
  );
}
