// Scores a calibration script's content the way the pipeline does, with its own spoken length as the plan.

import { scoreContentEngagement } from "../content-engagement";
import type { DimensionScore } from "../dimension";
import { measureScript } from "../measure-script";
import { measureSubstance } from "../content/measure-substance";
import { CALIBRATION_AUDIENCE, CALIBRATION_KEY_POINTS, CALIBRATION_TOPIC } from "./brief";
import type { CalibrationScript } from "./scripts";

export function assessCalibrationContent(script: CalibrationScript, sources: readonly string[]): DimensionScore {
  const substance = measureSubstance({
    lines: script.lines,
    keyPoints: CALIBRATION_KEY_POINTS,
    sources,
    topic: CALIBRATION_TOPIC,
    audience: CALIBRATION_AUDIENCE,
  });
  const counts = measureScript(script.lines);
  const seconds = substance.spokenMinutes * 60;
  return scoreContentEngagement({
    plannedDurationSec: seconds,
    scriptDurationSec: seconds,
    turns: counts.turns,
    questions: counts.questions,
    speakerWords: counts.speakerWords,
    substance,
  });
}
