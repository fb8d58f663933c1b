package org.carefeed.choice.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carefeed.choice.directory.ProviderDirectory;
import org.carefeed.choice.indicator.LatestIndicators;
import org.carefeed.choice.review.PublishedReviews;
import org.carefeed.choice.summary.ComplaintFigures;
import org.carefeed.choice.summary.ReviewFigures;
import org.carefeed.events.PostalAddress;
import org.carefeed.web.Crumb;

/**
 * The provider page's view, everything the template shows already worked out: the template only lays it out.
 *
 * @param title      the page's title, the provider's name
 * @param olderPage  the link to the next page of older reviews, or null on the last page
 * @param newestPage the link back to the newest reviews, when this is a later page; else null
 */
record ProviderPage(String title, List<Crumb> crumbs, Contact contact, Rating rating, List<ReviewView> reviews,
        String olderPage, String newestPage, List<IndicatorRow> indicators, Complaints complaints, Links links) {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * Who and where the provider is.
     *
     * @param website  a link that can only go to a web page (http or https), or null
     * @param mapLink  OpenStreetMap at its coordinates, or null when the directory has none
     * @param parent   the organisation it belongs to, or null
     */
    record Contact(String code, String name, String type, boolean closed, List<String> addressLines,
            List<String> phones, List<String> emails, String website, String websiteText, String mapLink,
            Link parent, List<Site> sites) {
    }

    /** A link and its text. */
    record Link(String text, String href) {
    }

    /** One of an organisation's sites. */
    record Site(String name, String href, boolean closed) {
    }

    /**
     * The rating summary from the figures of reviews in the window.
     *
     * @param fairScore   the fair score as shown ("4.2"), or null below the minimum, when {@code hiddenReason} says
     *                    why
     * @param starPicture the score in whole stars, filled then empty, a picture beside the number (hidden from
     *                    screen readers, which read the number)
     * @param since       the window's first day, as people write it
     * @param bars        the distribution, 5 stars first, with the bars of its chart
     */
    record Rating(String fairScore, String starPicture, long reviewCount, String since, String hiddenReason,
            List<Bar> bars, String chartSummary) {
    }

    /**
     * One row of the distribution chart, in the SVG's units.
     *
     * @param y      the top of its bar
     * @param width  its length, proportional to the count, the longest bar {@value Chart#BAR_MAX} wide
     */
    record Bar(int stars, String label, long count, String percent, int y, int width, int textY, int countX) {
    }

    /** A published review as shown, its text split into paragraphs of lines so line breaks show without markup. */
    record ReviewView(String id, int rating, String title, List<List<String>> paragraphs, String serviceName,
            String visited, String author, String published, ResponseView response) {
    }

    /** The provider's response, under its review. */
    record ResponseView(String responder, String published, String edited, List<List<String>> paragraphs) {
    }

    /** A published indicator; {@code sourceHref} only for an http or https address. */
    record IndicatorRow(String name, String value, String period, String band, String source, String sourceHref) {
    }

    /**
     * Complaint handling in the window; when {@code suppressed}, only the reason is shown.
     */
    record Complaints(String since, boolean suppressed, String suppressedReason, Long received, Long acknowledgedOnTime,
            Long acknowledgedLate, String acknowledgedOnTimePercent, Long resolved, String medianDaysToResolution) {
    }

    /** This provider's open data, and the site-wide downloads that include it. */
    record Links(String atomFeed, String jsonFeed, String organisationAtomFeed, String organisationJsonFeed,
            String profileJson, String reviewsJson, String reviewsCsv) {
    }

    /** The layout of the distribution chart, in SVG user units. */
    static final class Chart {
        static final int BAR_MAX = 240;
        static final int ROW = 32;
        static final int BAR_HEIGHT = 22;
        static final int BAR_X = 80;

        private Chart() {
        }
    }

    static ProviderPage of(ProviderDirectory.Entry entry, ReviewFigures reviews, ComplaintFigures complaints,
            Map<String, LatestIndicators.Figure> indicators, PublishedReviews.Page page, boolean laterPage) {
        String self = "/providers/" + entry.code();
        return new ProviderPage(entry.name(),
                List.of(new Crumb("Home", "/"), new Crumb("Find and compare services", "/search")),
                contact(entry), rating(reviews), page.items().stream().map(ProviderPage::review).toList(),
                page.next() == null ? null : self + "?cursor=" + urlEncode(page.next().encode()) + "#reviews",
                laterPage ? self + "#reviews" : null,
                indicators.values().stream().map(ProviderPage::indicator).toList(), complaints(complaints),
                links(entry));
    }

    private static Contact contact(ProviderDirectory.Entry e) {
        List<String> address = new ArrayList<>();
        PostalAddress a = e.address();
        if (a != null) {
            address.addAll(a.lines());
            Arrays.asList(a.town(), a.county(), a.postcode()).stream().filter(p -> p != null && !p.isBlank())
                    .forEach(address::add);
        }
        String website = webAddress(e.website());
        String map = e.location() == null ? null : "https://www.openstreetmap.org/?mlat=" + e.location().latitude()
                + "&mlon=" + e.location().longitude() + "#map=17/" + e.location().latitude() + "/"
                + e.location().longitude();
        Link parent = e.parentCode() == null ? null
                : new Link(e.parentName() == null ? e.parentCode() : e.parentName(), "/providers/" + e.parentCode());
        return new Contact(e.code(), e.name(), typeLabel(e.type()), e.closed(), address, e.phones(), e.emails(),
                website, website == null ? null : e.website(), map, parent,
                e.sites().stream().map(s -> new Site(s.name(), "/providers/" + s.code(), s.closed())).toList());
    }

    private static Rating rating(ReviewFigures f) {
        long max = f.ratingDistribution().values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int stars = 5; stars >= 1; stars--) {
            long count = f.ratingDistribution().getOrDefault(String.valueOf(stars), 0L);
            int row = 5 - stars;
            int width = max == 0 ? 0 : (int) Math.round((double) Chart.BAR_MAX * count / max);
            int y = row * Chart.ROW + 4;
            bars.add(new Bar(stars, stars == 1 ? "1 star" : stars + " stars", count,
                    f.reviewCount() == 0 ? "0%" : Math.round(100.0 * count / f.reviewCount()) + "%", y, width,
                    y + Chart.BAR_HEIGHT - 6, Chart.BAR_X + width + 8));
        }
        String summary = "Reviews by star rating: " + String.join(", ",
                bars.stream().map(b -> b.label() + " " + b.count()).toList()) + ".";
        Double score = f.fairScore();
        int stars = score == null ? 0 : (int) Math.round(score);
        return new Rating(score == null ? null : String.format(Locale.UK, "%.1f", score),
                "\u2605".repeat(stars) + "\u2606".repeat(5 - stars), f.reviewCount(), day(f.since()),
                f.scoreHiddenReason(), bars, summary);
    }

    private static ReviewView review(PublishedReviews.Item item) {
        PublishedReviews.Response r = item.response();
        ResponseView response = r == null ? null : new ResponseView(r.responderName(), day(r.firstPublishedAt()),
                r.lastPublishedAt().isAfter(r.firstPublishedAt()) ? day(r.lastPublishedAt()) : null,
                paragraphs(r.text()));
        return new ReviewView(item.id(), item.rating(), item.title(), paragraphs(item.text()), item.serviceName(),
                visited(item.visitMonth()), item.displayName(), day(item.publishedAt()), response);
    }

    private static IndicatorRow indicator(LatestIndicators.Figure f) {
        String value;
        if (f.value() == null) {
            value = "Not available";
        } else if (f.publishedText() != null && !f.publishedText().isBlank()) {
            value = f.publishedText();
        } else {
            String number = f.value() == Math.rint(f.value()) ? String.valueOf(f.value().longValue())
                    : String.valueOf(f.value());
            value = f.unit() == null || f.unit().isBlank() ? number
                    : f.unit().equals("%") ? number + "%" : number + " " + f.unit();
        }
        return new IndicatorRow(f.indicator(), value, f.period(), f.band() == null ? "None given" : f.band(),
                f.source(), webAddress(f.sourceUrl()));
    }

    private static Complaints complaints(ComplaintFigures c) {
        return new Complaints(day(c.since()), c.suppressed(), c.suppressedReason(), c.receivedCount(),
                c.acknowledgedOnTime(), c.acknowledgedLate(),
                c.acknowledgedOnTimePercent() == null ? null : c.acknowledgedOnTimePercent() + "%",
                c.resolvedCount(), c.medianDaysToResolution() == null ? null : c.medianDaysToResolution() + " days");
    }

    private static Links links(ProviderDirectory.Entry e) {
        String feed = "/feeds/providers/" + e.code() + "/reviews";
        String organisation = "/feeds/organisations/" + e.code() + "/reviews";
        boolean sites = !e.sites().isEmpty();
        return new Links(feed + ".atom", feed + ".json", sites ? organisation + ".atom" : null,
                sites ? organisation + ".json" : null, "/api/providers/" + e.code(),
                "/api/providers/" + e.code() + "/reviews", "/downloads/reviews.csv");
    }

    /** Paragraphs at blank lines, lines within them at single breaks; the template escapes each line. */
    static List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n"))
                .map(p -> Arrays.stream(p.split("\n")).map(String::strip).toList()).toList();
    }

    /**
     * A link only to a web page: anything else a file named (a script URL, say) shows as text. An address
     * published without its scheme is taken as https.
     */
    static String webAddress(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String address = published.strip();
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return address;
        }
        return lower.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?") ? "https://" + address : null;
    }

    private static String typeLabel(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String words = type.replace('-', ' ');
        return words.equals("gp practice") ? "GP practice"
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String day(Instant at) {
        return at == null ? null : DAY.format(at.atZone(UK));
    }

    private static String day(String isoDate) {
        return isoDate == null ? null : DAY.format(LocalDate.parse(isoDate));
    }

    private static String visited(String visitMonth) {
        if (visitMonth == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(YearMonth.parse(visitMonth));
        } catch (DateTimeParseException notAMonth) {
            return visitMonth;
        }
    }

    private static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
