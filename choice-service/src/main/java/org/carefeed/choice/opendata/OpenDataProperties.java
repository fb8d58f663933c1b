package org.carefeed.choice.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licences the open data goes out under, named in every feed and download.
 *
 * @param publishedDataLicence the licence of the data published by the NHS and imported here (the
 *                             directory, indicators), and of the figures counted here
 * @param reviewsLicence       the licence of patients' published reviews and providers' responses: the
 *                             one the review form's consent names, so each author has agreed to it
 */
@ConfigurationProperties("carefeed.open-data")
public record OpenDataProperties(Licence publishedDataLicence, Licence reviewsLicence) {

    /** @param url where the licence's text is */
    public record Licence(String name, String url) {
    }
}
