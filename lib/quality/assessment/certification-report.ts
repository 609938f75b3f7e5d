import type { QualityInputs } from "./assess-quality";
import type { Certification, CertificationInput } from "./certify";

type Measurements = QualityInputs;

/** The stored certification report: the verdict and its sections, with every measurement the scores came from. */
export type CertificationReport = Certification & {
  episode: { id: string; title: string; topic: string };
  assessment: CertificationInput["assessment"];
  measurements: Omit<Measurements, "cost" | "costTargets"> & {
    cost: Record<keyof Measurements["cost"], number>;
    costTargets?: Record<keyof NonNullable<Measurements["costTargets"]>, number>;
  };
  certifiedAt: string;
  /** The final gate approved the episode over these blockers, with this reason: it stays not certified. */
  override?: { overriddenBy: string; reason: string; blockers: string[]; at: string };
};
