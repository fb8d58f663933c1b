package org.carefeed.choice.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.carefeed.choice.change.ChangeNotice;
import org.carefeed.choice.change.ChangeResolver;
import org.springframework.stereotype.Component;

/** A month of the moderation statistics in the change feed, as {@code /api/statistics/moderation} shows it. */
@Component
class ModerationStatisticsChanges implements ChangeResolver {

    private final ModerationMonths months;

    ModerationStatisticsChanges(ModerationMonths months) {
        this.months = months;
    }

    @Override
    public String kind() {
        return ChangeNotice.MODERATION_STATISTICS;
    }

    @Override
    public Map<String, State> states(Collection<String> ids) {
        Map<String, State> states = new HashMap<>();
        for (String id : ids) {
            try {
                YearMonth month = YearMonth.parse(id);
                MonthCount count = months.between(month, month).get(month);
                states.put(id, new State("upserted", count.figures(id)));
            } catch (DateTimeParseException notAMonth) {
                // Not a notice this version makes: left out, so it reads as removed.
            }
        }
        return states;
    }
}
