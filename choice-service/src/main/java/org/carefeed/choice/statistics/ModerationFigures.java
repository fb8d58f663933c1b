package org.carefeed.choice.statistics;

import java.util.Map;

/**
 * What came of the reviews in one month (England) or a period of months, as served. Each outcome is
 * counted in the month it happened, once per review.
 *
 * @param period               a month ({@code 2026-11}) or a period of months ({@code 2026-01/2026-11})
 * @param received             reviews submitted
 * @param published            reviews a moderator (or the checks) published
 * @param rejected             reviews rejected before publication
 * @param rejectedByReason     rejections by moderation reason code ({@code not-stated} when none was given)
 * @param removed              published reviews removed after being reported
 * @param removedByReason      removals by moderation reason code
 * @param withdrawn            reviews their authors withdrew
 * @param expired              reviews never confirmed by their authors in time
 * @param erased               reviews erased at their authors' request: their outcomes still count above
 * @param decisionsTimed       publications and rejections whose submission is recorded, which the times
 *                             below are taken over
 * @param medianHoursToDecision median hours from submission to decision, one decimal, within 1%
 * @param p90HoursToDecision   90th percentile (nearest rank) of the same, one decimal, within 1%
 */
record ModerationFigures(String period, long received, long published, long rejected,
        Map<String, Long> rejectedByReason, long removed, Map<String, Long> removedByReason, long withdrawn,
        long expired, long erased, long decisionsTimed, Double medianHoursToDecision, Double p90HoursToDecision) {
}
