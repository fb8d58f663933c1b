package org.carefeed.choice.directory;

import java.util.List;

import org.carefeed.choice.indicator.LatestIndicators.Figure;
import org.carefeed.choice.summary.ComplaintFigures;
import org.carefeed.choice.summary.ProviderSummaries.Figures;
import org.carefeed.choice.summary.ReviewFigures;
import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;

/** What the directory API returns; documents never leave the service as they are stored. */
final class ProviderViews {

    private ProviderViews() {
    }

    /** A provider in a list, with its review figures. {@code distanceKm} only when searching near a place. */
    record Summary(String code, String name, String type, String subType, String sector, String status,
            PostalAddress address, Coordinates location, String parentCode, String parentName, Double distanceKm,
            ReviewFigures reviews) {

        static Summary of(Provider provider, Double distanceKm, Figures figures) {
            DirectoryEntry e = provider.entry();
            return new Summary(provider.code(), e.name(), e.type(), e.subType(), e.sector(), provider.status(),
                    e.address(), e.location(), e.parentCode(), e.parentName(), distanceKm, figures.reviews());
        }
    }

    /** A parent or child; a parent is known by what the child's entry says of it, so type and status may be null. */
    record Related(String code, String name, String type, String status) {
    }

    /**
     * A provider's page: the directory entry, its family, its latest published figures, and its figures
     * from reviews and complaints.
     */
    record Profile(String code, String name, String type, String subType, String sector, String status,
            PostalAddress address, Coordinates location, List<String> phones, List<String> emails, String website,
            Related parent, List<Related> children, List<Figure> indicators, ReviewFigures reviews,
            ComplaintFigures complaints) {
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

    record Row(String indicator, List<Cell> values) {
    }

    /** Providers side by side, with one row per indicator any of them has, in name order. */
    record Comparison(List<Summary> providers, List<Row> indicators) {
    }
}
