import Link from "next/link";
import { db } from "@/lib/db";
import { getFeedSettings } from "@/lib/shows/feed-settings";
import { getFeedCheck } from "@/lib/publishing/get-feed-check";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FeedCheckList } from "@/components/shows/feed-check-list";
import { FeedSettingsEditor } from "@/components/shows/feed-settings-editor";
import { FeedSettingsView } from "@/components/shows/feed-settings-view";

/** The show page's "Feed settings" card: the form (producers read the settings), the feed check and a link to the preview. */
export async function FeedSettingsCard({ showId, canEdit }: { showId: string; canEdit: boolean }) {
  const [settings, check] = await Promise.all([getFeedSettings(db, showId), getFeedCheck(db, showId)]);
  if (!settings || !check) return null;
  return (
    <Card id="feed-settings">
      <CardHeader className="flex items-center justify-between gap-3">
        <h2 className="font-semibold">Feed settings</h2>
        <Link href={`/shows/${showId}/feed`} prefetch={false} className="text-sm text-brand-700 hover:underline">
          Preview feed
        </Link>
      </CardHeader>
      <CardBody className="space-y-4">
        <FeedCheckList problems={check.problems} showPage="" />
        {canEdit ? (
          <FeedSettingsEditor showId={showId} settings={settings} />
        ) : (
          <FeedSettingsView settings={settings} />
        )}
      </CardBody>
    </Card>
  );
}
