package org.carefeed.feedback.retention;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.retention.*}: how long personal data is kept, each period enforced by the nightly purge.
 *
 * @param reviewOriginals  the author's own words of a published review, after publication: moderators
 *                         compare them with the public version while a decision could be questioned
 * @param publicReviews    a published review, after publication: the window the figures use; older
 *                         ones leave the lists and feeds as tombstones and their words are erased
 * @param complaintDetails a complaint's description and contact details, after it is resolved or closed
 *                         (the NHS Records Management Code of Practice keeps complaint records 10 years)
 */
@ConfigurationProperties("carefeed.retention")
record RetentionProperties(
        @DefaultValue("P90D") Period reviewOriginals,
        @DefaultValue("P24M") Period publicReviews,
        @DefaultValue("P10Y") Period complaintDetails) {
}
