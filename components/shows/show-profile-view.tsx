import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { TitledCard } from "@/components/ui/card";
import { LOCAL_VOICES } from "@/lib/domain/local-voices";
import type { ShowDetail } from "@/lib/shows/get-show";

/** One labelled value of a read-only profile. */
export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function Phrases({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="text-slate-500">None</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((p) => (
        <li key={p}>
          <Badge>{p}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** A show's brand profile to read (for producers, who may view but not edit it). */
export function ShowProfileView({ show }: { show: ShowDetail }) {
  return (
    <div className="space-y-6" data-testid="show-profile-view">
      <TitledCard title="Brand">
        <dl className="divide-y divide-slate-100">
          <Row label="Address">
            <code>{show.slug}</code>
          </Row>
          <Row label="Description">{show.description || <span className="text-slate-500">None</span>}</Row>
          <Row label="Tone">{show.tone}</Row>
          <Row label="Audience">{show.audience}</Row>
          <Row label="Target reading grade">{show.targetReadingGrade}</Row>
          <Row label="Structure notes">{show.structureNotes || <span className="text-slate-500">None</span>}</Row>
          <Row label="Required phrases">
            <Phrases items={show.requiredPhrases} />
          </Row>
          <Row label="Banned phrases">
            <Phrases items={show.bannedPhrases} />
          </Row>
          <Row label="Humility markers">
            <Phrases items={show.humilityMarkers} />
          </Row>
          <Row label="Pronunciation lexicon">
            {show.pronunciationLexicon.length === 0 ? (
              <span className="text-slate-500">None</span>
            ) : (
              <ul className="space-y-0.5">
                {show.pronunciationLexicon.map((r) => (
                  <li key={r.term}>
                    <span className="font-medium">{r.term}</span> → “{r.say}”
                  </li>
                ))}
              </ul>
            )}
          </Row>
        </dl>
      </TitledCard>
      <TitledCard title="Hosts">
        <ol className="space-y-3">
          {show.hosts.map((h, i) => (
            <li key={i} data-testid="host-view">
              <div className="font-medium">
                {i + 1}. {h.name}
              </div>
              {h.persona && <p className="text-sm text-slate-600">{h.persona}</p>}
              <p className="text-xs text-slate-500">
                Voice {h.localVoice} ({LOCAL_VOICES[h.localVoice]})
                {h.hostedVoice ? ` · ElevenLabs ${h.hostedVoice}` : ""}
              </p>
            </li>
          ))}
        </ol>
      </TitledCard>
      <TitledCard title="Thresholds and approval">
        <dl className="divide-y divide-slate-100">
          <Row label="Brand threshold">{show.brandThreshold.toFixed(1)} / 10</Row>
          <Row label="Dimension threshold">{show.dimensionThreshold.toFixed(1)} / 10</Row>
          <Row label="Quality target">{show.qualityTarget.toFixed(1)} / 10</Row>
          <Row label="Script approval">
            {show.autoApprove ? "Automatic when every score passes" : "An editor approves each script"}
          </Row>
        </dl>
      </TitledCard>
    </div>
  );
}
