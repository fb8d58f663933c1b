/**
 * Opening hours from the NHS Choices opening-times files: one row read into an {@link
 * org.carefeed.choice.hours.OpeningPeriod}, and a provider's periods answering "open now?", "when does
 * it close?" and "when does it next open?" in UK local time, with bank holidays and clock changes, and
 * as {@link org.carefeed.choice.hours.ClockKeys}, the keys search by time looks up in an index. Pure
 * Java: the importer stores the periods and their keys, and the API asks the questions.
 */
package org.carefeed.choice.hours;
