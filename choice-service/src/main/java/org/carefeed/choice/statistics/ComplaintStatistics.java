package org.carefeed.choice.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.carefeed.choice.complaint.ComplaintFacts;
import org.carefeed.choice.complaint.ComplaintFacts.ComplaintTimes;
import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.choice.summary.ComplaintMonths;
import org.carefeed.platform.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * Complaint handling by provider and organisation, counted at each read from the complaints' stored
 * facts: a provider's complaints are a few thousand at most, counted as they stream past, and whether an
 * unacknowledged complaint is late depends on the day it is read, so there is nothing to keep up to date.
 */
@Component
class ComplaintStatistics {

    private final ComplaintFacts complaints;
    private final ComplaintMonths months;
    private final ProviderDirectory directory;

    ComplaintStatistics(ComplaintFacts complaints, ComplaintMonths months, ProviderDirectory directory) {
        this.complaints = complaints;
        this.months = months;
        this.directory = directory;
    }

    /**
     * @param providerCodes the providers counted: the one, or the organisation and its sites
     * @param overall       the months listed, together
     */
    record ComplaintStatisticsPage(String code, String name, String scope, List<String> providerCodes,
            StatisticsMethod method, String from, String to, ComplaintMonths.Figures overall,
            List<ComplaintMonths.Figures> months) {
    }

    /** @throws NotFound if the directory has no such provider */
    ComplaintStatisticsPage ofProvider(String identifier, String from, String to) {
        ProviderDirectory.Named provider = directory.find(identifier).orElseThrow(() -> unknown("provider"));
        return page(provider, "provider", List.of(provider.code()), from, to);
    }

    /**
     * The organisation's own complaints and its sites', as the directory links them now.
     *
     * @throws NotFound if the directory has no such organisation
     */
    ComplaintStatisticsPage ofOrganisation(String identifier, String from, String to) {
        ProviderDirectory.Named organisation = directory.find(identifier).orElseThrow(() -> unknown("organisation"));
        List<String> codes = new ArrayList<>(List.of(organisation.code()));
        codes.addAll(directory.sitesOf(organisation.code()));
        return page(organisation, "organisation", codes, from, to);
    }

    private ComplaintStatisticsPage page(ProviderDirectory.Named named, String scope, List<String> codes, String from,
            String to) {
        ComplaintMonths.Tally tally = months.tally();
        complaints.forEachOf(codes, tally::add);
        YearMonth thisMonth = months.thisMonth();
        MonthRange range = MonthRange.parse(from, to, tally.firstMonth().orElse(thisMonth), thisMonth);
        return new ComplaintStatisticsPage(named.code(), named.name(), scope, codes, StatisticsMethod.COMPLAINTS,
                range.from().toString(), range.to().toString(), tally.overall(range.from(), range.to()),
                tally.months(range.from(), range.to()));
    }

    /**
     * Each provider with complaints, one after another: its code and its months from its first complaint
     * to this month. One provider's counts are held at a time.
     */
    void forEachProvider(Consumer<ProviderMonths> action) {
        YearMonth thisMonth = months.thisMonth();
        String[] current = {null};
        ComplaintMonths.Tally[] tally = {null};
        Runnable flush = () -> {
            if (current[0] != null) {
                Optional<YearMonth> first = tally[0].firstMonth();
                YearMonth start = first.filter(m -> !m.isAfter(thisMonth)).orElse(thisMonth);
                action.accept(new ProviderMonths(current[0], tally[0].months(start, thisMonth)));
            }
        };
        complaints.forEachByProvider((ComplaintTimes complaint) -> {
            if (!complaint.providerCode().equals(current[0])) {
                flush.run();
                current[0] = complaint.providerCode();
                tally[0] = months.tally();
            }
            tally[0].add(complaint);
        });
        flush.run();
    }

    record ProviderMonths(String providerCode, List<ComplaintMonths.Figures> months) {
    }

    /** Never echoes what was asked for: it is the client's text. */
    private static NotFound unknown(String what) {
        return new NotFound("There is no such " + what + " in the directory.");
    }
}
