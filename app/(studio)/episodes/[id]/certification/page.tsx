import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckCircle2, CircleDashed, XCircle } from "lucide-react";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isId } from "@/lib/domain/bounded-input";
import { getCertification } from "@/lib/episodes/get-certification";
import { getEpisodeTitle } from "@/lib/episodes/get-episode-title";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Certification" };

function Verdict({ passed }: { passed: boolean | null }) {
  if (passed === true) return <CheckCircle2 className="size-4 text-emerald-600" aria-label="passed" />;
  if (passed === false) return <XCircle className="size-4 text-red-600" aria-label="failed" />;
  return <CircleDashed className="size-4 text-slate-400" aria-label="not run or not applicable" />;
}

export default async function CertificationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const { id } = await params;
  if (!isId(id)) notFound();
  const title = await getEpisodeTitle(db, id);
  if (title === null) notFound();
  const certification = await getCertification(db, id);
  const back = (
    <Link href={`/episodes/${id}`} prefetch={false} className="text-sm text-slate-500 hover:underline">
      ← {title}
    </Link>
  );
  if (!certification) {
    return (
      <div className="space-y-4">
        {back}
        <EmptyState title="Not certified yet">
          The certification is made when the final gate is decided. Follow the pipeline on the episode page.
        </EmptyState>
      </div>
    );
  }
  const { report } = certification;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          {back}
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">Production-readiness certification</h1>
          <p className="text-sm text-slate-600">
            Made {certification.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
          </p>
        </div>
        <div className="flex items-center gap-3">
          <Badge
            tone={certification.certified ? "success" : "danger"}
            className="text-sm"
            data-testid="certification-verdict"
          >
            {certification.certified ? "Certified" : "Not certified"}
          </Badge>
          <a
            href={`/api/episodes/${id}/certification`}
            className="text-sm text-brand-700 hover:underline"
            download={`certification-${id}.json`}
          >
            Download JSON
          </a>
        </div>
      </div>
      <p className="text-base">{report.verdict}</p>
      {report.override && (
        <Card className="border-amber-300" data-testid="certification-override">
          <CardHeader>
            <h2 className="font-semibold text-amber-800">Approved over the blockers</h2>
          </CardHeader>
          <CardBody className="space-y-2 text-sm">
            <p>
              {report.override.overriddenBy} approved the final gate at{" "}
              {report.override.at.replace("T", " ").slice(0, 16)} UTC despite {report.override.blockers.length}{" "}
              blocker(s): “{report.override.reason}”
            </p>
            <ul className="list-disc space-y-1 pl-5">
              {report.override.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      {report.blockers.length > 0 && (
        <Card className="border-red-200">
          <CardHeader>
            <h2 className="font-semibold text-red-800">Blockers</h2>
          </CardHeader>
          <CardBody>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {report.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      {report.warnings.length > 0 && (
        <Card className="border-amber-200">
          <CardHeader>
            <h2 className="font-semibold text-amber-800">Warnings</h2>
          </CardHeader>
          <CardBody>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </CardBody>
        </Card>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {report.sections.map((section) => (
          <Card key={section.title}>
            <CardHeader>
              <h2 className="font-semibold">{section.title}</h2>
            </CardHeader>
            <CardBody>
              <DataTable
                variant="plain"
                columns={[
                  { label: "Result", srOnly: true, className: "w-6" },
                  { label: "Check" },
                  { label: "Measured" },
                  { label: "Threshold" },
                ]}
              >
                {section.items.map((item) => (
                  <tr key={item.label + item.value}>
                    <td className="py-1.5">
                      <Verdict passed={item.passed} />
                    </td>
                    <td className="py-1.5 pr-2">{item.label}</td>
                    <td className="py-1.5 pr-2 tabular-nums">{item.value}</td>
                    <td className="py-1.5 text-slate-600">{item.threshold}</td>
                  </tr>
                ))}
              </DataTable>
            </CardBody>
          </Card>
        ))}
      </div>
      <Card>
        <CardHeader>
          <h2 className="font-semibold">How each quality score was computed</h2>
        </CardHeader>
        <CardBody>
          <dl className="space-y-3 text-sm">
            {report.assessment.dimensions.map((d) => (
              <div key={d.key}>
                <dt className="font-medium">
                  {d.label}: {d.notMeasured ? `not measured (${d.notMeasured})` : d.score.toFixed(1)} (threshold{" "}
                  {d.threshold.toFixed(1)}, weight {d.weight})
                </dt>
                <dd className="text-slate-600">{d.formula}</dd>
                <dd className="text-xs tabular-nums text-slate-500">
                  {Object.entries(d.inputs)
                    .map(([k, v]) => `${k} = ${typeof v === "number" ? Math.round(v * 1000) / 1000 : v}`)
                    .join(" · ")}
                </dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
    </div>
  );
}
