import type { QualityAssessment, QualityInputs } from "./assess-quality";
import type { Certification } from "./certify";

/** The stored certification report: the verdict and its sections, with every measurement the scores came from. */
export type CertificationReport = Certification & {
  episode: { id: string; title: string; topic: string };
  assessment: QualityAssessment;
  measurements: Omit<QualityInputs, "cost" | "costTargets"> & {
    cost: Record<keyof QualityInputs["cost"], number>;
    costTargets?: Record<keyof NonNullable<QualityInputs["costTargets"]>, number>;
  };
  certifiedAt: string;
};
