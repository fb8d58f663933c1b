package org.carefeed.choice.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.carefeed.choice.hours.OpeningHours;
import org.carefeed.choice.hours.OpeningPeriod;

import org.carefeed.choice.indicator.LatestIndicators.Figure;
import org.carefeed.choice.review.OutcomeCounts;
import org.carefeed.choice.summary.ComplaintFigures;
import org.carefeed.choice.summary.ProviderSummaries.Figures;
import org.carefeed.choice.summary.ReviewFigures;
import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;

/** What the directory API returns; documents never leave the service as they are stored. */
public final class ProviderViews {

    private ProviderViews() {
    }

    /**
     * A provider in a list, with its review figures. {@code distanceKm} only when searching near a
     * place; {@code opening} only for a provider whose opening times are published.
     */
    public record Summary(String code, String name, String type, String subType, String sector, String status,
            PostalAddress address, Coordinates location, String parentCode, String parentName, Double distanceKm,
            Opening opening, ReviewFigures reviews) {

        static Summary of(Provider provider, Double distanceKm, Figures figures, Instant now) {
            DirectoryEntry e = provider.entry();
            return new Summary(provider.code(), e.name(), e.type(), e.subType(), e.sector(), provider.status(),
                    e.address(), e.location(), e.parentCode(), e.parentName(), distanceKm,
                    Opening.of(provider.details(), now), figures.reviews());
        }
    }

    /**
     * Whether it is open, in UK local time, and when that changes.
     *
     * @param closesAt    when the current opening ends, if open
     * @param nextOpensAt when it next opens, within a fortnight, if closed
     */
    public record Opening(boolean openNow, ZonedDateTime closesAt, ZonedDateTime nextOpensAt) {

        static Opening of(ProviderDetails details, Instant now) {
            OpeningHours hours = OpeningHours.of(details.openingTimes());
            if (!hours.hasHours()) {
                return null;
            }
            OpeningHours.Status status = hours.status(now);
            return new Opening(status.openNow(), status.closesAt(), status.nextOpensAt());
        }
    }

    /**
     * Opening times as a profile shows them: the usual week and the dates from today that differ.
     *
     * @param additionalDates dates whose hours replace the usual ones (bank holidays, for example)
     */
    record OpeningTimes(Opening now, List<OpeningHours.WeeklyDay> week, List<OpeningPeriod> additionalDates) {

        static OpeningTimes of(ProviderDetails details, Instant now) {
            OpeningHours hours = OpeningHours.of(details.openingTimes());
            if (!hours.hasHours()) {
                return null;
            }
            return new OpeningTimes(Opening.of(details, now), hours.weekly(),
                    hours.additionalFrom(LocalDate.ofInstant(now, OpeningHours.UK)));
        }
    }

    /** A parent or child; a parent is known by what the child's entry says of it, so type and status may be null. */
    record Related(String code, String name, String type, String status) {
    }

    /**
     * A provider's page: the directory entry, its family, its latest published figures, and its figures
     * from reviews and complaints.
     */
    record Profile(String code, String name, List<String> otherNames, List<Identifier> identifiers, String type,
            String subType, String sector, String status, PostalAddress address, Coordinates location,
            List<String> phones, List<String> emails, String website, Related parent, List<Related> children,
            OpeningTimes openingTimes, List<String> services, List<StaffMember> staff, List<Figure> indicators,
            ReviewFigures reviews, ComplaintFigures complaints, OutcomeCounts reviewOutcomes, Feeds feeds) {
    }

    /**
     * Where its published reviews are served as feeds (see the {@code feed} package).
     *
     * @param withSites the feeds of its own reviews and its sites', for a provider that has sites; else null
     */
    record Feeds(String atom, String json, Feeds withSites) {

        static Feeds of(String baseUrl, String code, boolean hasSites) {
            String provider = baseUrl + "/feeds/providers/" + code + "/reviews";
            String organisation = baseUrl + "/feeds/organisations/" + code + "/reviews";
            return new Feeds(provider + ".atom", provider + ".json",
                    hasSites ? new Feeds(organisation + ".atom", organisation + ".json", null) : null);
        }
    }

    /** An identifier the provider is known by: {@code kind} is {@code ods}, {@code cqc} or {@code nhs-choices}. */
    record Identifier(String kind, String value) {

        static List<Identifier> of(List<String> qualified) {
            return qualified.stream().map(id -> {
                int colon = id.indexOf(':');
                return new Identifier(id.substring(0, colon), id.substring(colon + 1));
            }).toList();
        }
    }

    /**
     * Where a search was centred.
     *
     * @param precision {@code postcode} where a provider has that postcode; {@code sector} or
     *                  {@code district}, the centre of the directory's providers there; {@code position}
     *                  for a latitude and longitude given
     */
    public record Near(String query, String precision, Coordinates centre) {
    }

    /**
     * A page of search results.
     *
     * @param total             how many match in all; with a free filter (q, service, open at), at most
     *                          1,000
     * @param totalIsLowerBound true when more than {@code total} match: the count stopped there
     */
    public record Results(List<Summary> items, String next, long total, boolean totalIsLowerBound, Near near) {
    }

    /**
     * One provider's cell in a comparison row.
     *
     * @param status {@code available}; {@code not-available} when the publisher marked it so; or
     *               {@code missing} when nothing was published for this provider
     */
    record Cell(String code, String status, Double value, String unit, String period, String band, String source) {

        static Cell of(String code, Figure figure) {
            if (figure == null) {
                return new Cell(code, "missing", null, null, null, null, null);
            }
            return new Cell(code, figure.value() == null ? "not-available" : "available", figure.value(), figure.unit(),
                    figure.period(), figure.band(), figure.source());
        }
    }

    /** One indicator across the compared providers, a cell each, in the order they were asked for. */
    record Row(String indicator, List<Cell> values) {
    }

    /** A provider as compared: its summary, its usual week and its services. */
    record Compared(Summary provider, List<OpeningHours.WeeklyDay> week, List<String> services) {
    }

    /** Providers side by side, with one row per indicator any of them has, in name order. */
    record Comparison(List<Compared> providers, List<Row> indicators) {
    }
}
