package org.carefeed.choice.statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeNotices;
import org.carefeed.choice.change.ChangeResolver;
import org.carefeed.choice.complaint.ComplaintsChanged;
import org.carefeed.platform.web.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A provider's complaint-handling statistics in the change feed, as
 * {@code /api/statistics/complaints/providers/{code}} shows them, announced whenever one of its complaints
 * changes. An organisation's are not in the feed: they follow from its sites' and the directory.
 */
@Component
class ComplaintStatisticsChanges implements ChangeResolver {

    private final ComplaintStatistics statistics;
    private final ChangeNotices notices;

    ComplaintStatisticsChanges(ComplaintStatistics statistics, ChangeNotices notices) {
        this.statistics = statistics;
        this.notices = notices;
    }

    /** In the complaint listener's thread, after the complaint is stored, like every other notice. */
    @EventListener
    void on(ComplaintsChanged changed) {
        notices.announce(ChangeNotice.COMPLAINT_STATISTICS, changed.providerCode());
    }

    @Override
    public String kind() {
        return ChangeNotice.COMPLAINT_STATISTICS;
    }

    @Override
    public Map<String, State> states(Collection<String> codes) {
        Map<String, State> states = new HashMap<>();
        for (String code : codes) {
            try {
                states.put(code, new State("upserted", statistics.ofProvider(code, MonthRange.asked(null, null))));
            } catch (NotFound notInTheDirectory) {
                // Not in the directory (yet): no statistics to show, so it reads as removed.
            }
        }
        return states;
    }
}
