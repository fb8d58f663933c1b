/**
 * Published performance data: indicator values per provider, indicator and period, each with where it
 * came from, imported from NHS Choices indicator files or Carefeed's generic indicator CSV.
 */
package org.carefeed.choice.indicator;
