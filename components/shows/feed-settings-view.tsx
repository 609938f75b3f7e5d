import type { StoredFeedSettings } from "@/lib/shows/feed-settings";
import { Row } from "./show-profile-view";

const unset = <span className="text-slate-500">Not set</span>;
const or = (value: string) => (value.trim() ? value : unset);

/** A show's feed settings to read (for producers, who may see them but not change them). */
export function FeedSettingsView({ settings }: { settings: StoredFeedSettings }) {
  return (
    <dl className="divide-y divide-slate-100" data-testid="feed-settings-view">
      <Row label="Public address">{or(settings.publicBaseUrl)}</Row>
      <Row label="Language">{or(settings.language)}</Row>
      <Row label="Author">{or(settings.author)}</Row>
      <Row label="Owner">
        {settings.ownerName || settings.ownerEmail
          ? [settings.ownerName, settings.ownerEmail && `<${settings.ownerEmail}>`].filter(Boolean).join(" ")
          : unset}
      </Row>
      <Row label="Category">
        {settings.category ? [settings.category, settings.subcategory].filter(Boolean).join(" › ") : unset}
      </Row>
      <Row label="Explicit content">{settings.explicit ? "Yes" : "No"}</Row>
      <Row label="Show type">{settings.showType === "SERIAL" ? "Serial" : "Episodic"}</Row>
      <Row label="Copyright">{or(settings.copyright)}</Row>
    </dl>
  );
}
