package org.carefeed.choice.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
     * @param scope         {@code provider}, or {@code organisation} for one with its sites
     * @param providerCodes the providers counted: the one, or the organisation and its sites
     * @param overall       the months listed, together
     */
    record ComplaintStatisticsPage(String code, String name, String scope, List<String> providerCodes,
            StatisticsMethod method, String from, String to, ComplaintMonths.Figures overall,
            List<ComplaintMonths.Figures> months) {
    }

    /** One provider's months, from its first complaint to this month. */
    record ProviderMonths(String providerCode, List<ComplaintMonths.Figures> months) {
    }

    /** @throws NotFound if the directory has no such provider */
    ComplaintStatisticsPage ofProvider(String identifier, MonthRange.Asked asked) {
        ProviderDirectory.Named provider = directory.find(identifier).orElseThrow(() -> unknown("provider"));
        return page(provider, "provider", List.of(provider.code()), asked);
    }

    /**
     * The organisation's own complaints and its sites', as the directory links them now: a site a later
     * import moves to another organisation takes its complaints with it at once.
     *
     * @throws NotFound if the directory has no such organisation
     */
    ComplaintStatisticsPage ofOrganisation(String identifier, MonthRange.Asked asked) {
        ProviderDirectory.Named organisation = directory.find(identifier).orElseThrow(() -> unknown("organisation"));
        List<String> codes = new ArrayList<>(List.of(organisation.code()));
        codes.addAll(directory.sitesOf(organisation.code()));
        return page(organisation, "organisation", codes, asked);
    }

    private ComplaintStatisticsPage page(ProviderDirectory.Named named, String scope, List<String> codes,
            MonthRange.Asked asked) {
        ComplaintMonths.Tally tally = months.tally();
        complaints.forEachOf(codes, tally::add);
        YearMonth thisMonth = months.thisMonth();
        MonthRange range = asked.within(tally.firstMonth().orElse(thisMonth), thisMonth);
        return new ComplaintStatisticsPage(named.code(), named.name(), scope, codes, StatisticsMethod.COMPLAINTS,
                range.from().toString(), range.to().toString(), tally.overall(range.from(), range.to()),
                tally.months(range.from(), range.to()));
    }

    /**
     * Each organisation with sites and complaints (its own or its sites'), one after another, with its
     * months from its first complaint to this month; one organisation's counts are held at a time.
     */
    void forEachOrganisation(Consumer<OrganisationMonths> action) {
        YearMonth thisMonth = months.thisMonth();
        directory.forEachOrganisationWithSites((organisation, sites) -> {
            List<String> codes = new ArrayList<>(List.of(organisation));
            codes.addAll(sites);
            ComplaintMonths.Tally tally = months.tally();
            complaints.forEachOf(codes, tally::add);
            tally.firstMonth().map(first -> first.isAfter(thisMonth) ? thisMonth : first).ifPresent(first -> action
                    .accept(new OrganisationMonths(organisation, sites.size(), tally.months(first, thisMonth))));
        });
    }

    /** One organisation's months, its own complaints and its sites' together. */
    record OrganisationMonths(String organisationCode, int sites, List<ComplaintMonths.Figures> months) {
    }

    /** Each provider with complaints, one after another, holding one provider's counts at a time. */
    void forEachProvider(Consumer<ProviderMonths> action) {
        new ProviderByProvider(action).readAll();
    }

    /** Counts the complaints as they come, sorted by provider, and hands on each provider's months when it ends. */
    private final class ProviderByProvider {

        private final Consumer<ProviderMonths> action;
        private final YearMonth thisMonth = months.thisMonth();
        private String providerCode;
        private ComplaintMonths.Tally tally;

        ProviderByProvider(Consumer<ProviderMonths> action) {
            this.action = action;
        }

        void readAll() {
            complaints.forEachByProvider(this::add);
            finish();
        }

        private void add(ComplaintTimes complaint) {
            if (!complaint.providerCode().equals(providerCode)) {
                finish();
                providerCode = complaint.providerCode();
                tally = months.tally();
            }
            tally.add(complaint);
        }

        private void finish() {
            if (providerCode != null) {
                YearMonth first = tally.firstMonth().filter(m -> !m.isAfter(thisMonth)).orElse(thisMonth);
                action.accept(new ProviderMonths(providerCode, tally.months(first, thisMonth)));
            }
        }
    }

    /** Never echoes what was asked for: it is the client's text. */
    private static NotFound unknown(String what) {
        return new NotFound("There is no such " + what + " in the directory.");
    }
}
