package org.carefeed.choice.statistics;

/**
 * How a set of statistics was made, served next to its numbers.
 *
 * @param summary       what is counted, in a few sentences
 * @param documentation where the whole method is written down (docs/statistics.md, served as Markdown)
 */
record StatisticsMethod(String summary, String documentation) {

    static final String DOCUMENTATION = "/api/statistics/method";

    static final StatisticsMethod MODERATION = new StatisticsMethod(
            "Each review outcome (received, published, rejected, removed, withdrawn, expired, erased) is counted "
                    + "once per review, in the calendar month in England (Europe/London) in which it happened: "
                    + "received at submission, published and rejected at the moderator's decision, removed, "
                    + "withdrawn, expired and erased when they happened. The counts come from events that hold no "
                    + "words of any review, so erasing a review never lowers them. Times to decision run from "
                    + "submission to publication or rejection and are counted in the month of the decision; the "
                    + "median and the 90th percentile (nearest rank) are read from counts in buckets, exact below "
                    + "an hour and within 1% above it. overall covers the months listed.",
            DOCUMENTATION);

    static final StatisticsMethod COMPLAINTS = new StatisticsMethod(
            "Complaints are counted in the calendar month in England (Europe/London) in which they were received, "
                    + "for the provider, or for the organisation and each site the published NHS files name it "
                    + "the parent of. Acknowledged on time means by the end of the due day, three working days "
                    + "after the day of receipt (weekends and bank holidays in England and Wales not counted); late means acknowledged "
                    + "after it, or not acknowledged when it passed. Open means neither resolved nor closed today. "
                    + "The median days to resolution are of those resolved, within 1%. A month (or the period, "
                    + "for overall) with fewer complaints than shownFrom has every figure withheld, so that no one "
                    + "complaint can be made out.",
            DOCUMENTATION);
}
