package org.carefeed.choice.summary;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How complaint figures are made.
 *
 * @param minimumComplaints complaints received in the window below which every complaint figure is
 *                          suppressed, so that no one complaint can be made out from them
 * @param window            how far back received complaints count, such as {@code 12m}
 */
@ConfigurationProperties("carefeed.complaints")
record ComplaintFigureProperties(
        @DefaultValue("5") int minimumComplaints,
        @DefaultValue("12m") Period window) {

    ComplaintFigureProperties {
        if (minimumComplaints < 1) {
            throw new IllegalArgumentException("carefeed.complaints.minimum-complaints must be 1 or more");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("carefeed.complaints.window must be a positive period, such as 12m");
        }
    }
}
