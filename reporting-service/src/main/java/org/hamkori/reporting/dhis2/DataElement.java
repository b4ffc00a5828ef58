package org.hamkori.reporting.dhis2;

import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.repository.FiguresRepository.Breakdown;

/**
 * The DHIS2 data elements of the programme (codes {@code HMK_<name>}), each an indicator with the default category
 * combination or a count disaggregated by sex and/or police/civilian. The README documents the mapping.
 */
public enum DataElement {
    CENTERS_REGISTERED(Indicator.CENTERS_TOTAL),
    CENTERS_OPEN(Indicator.CENTERS_OPEN),
    CENTERS_UNDER_RENOVATION(Indicator.CENTERS_UNDER_RENOVATION),
    CENTERS_CLOSED(Indicator.CENTERS_CLOSED),
    CENTERS_NEW_BUILD(Indicator.CENTERS_NEW_BUILD),
    CENTERS_RENOVATED(Indicator.CENTERS_RENOVATED),
    CENTER_RENOVATIONS_COMPLETED(Indicator.CENTERS_RENOVATIONS_COMPLETED),
    GROUPS_ACTIVE(Indicator.GROUPS_ACTIVE),
    GROUPS_DISSOLVED(Indicator.GROUPS_DISSOLVED),
    GROUP_MEMBERS(Breakdown.Count.MEMBERS, CategoryCombo.SEX_AND_SERVICE),
    MEETINGS_HELD(Indicator.MEETINGS_HELD),
    MEETING_PARTICIPANTS_BY_SEX(Breakdown.Count.PARTICIPANTS, CategoryCombo.SEX),
    MEETING_PARTICIPANTS_BY_SERVICE(Breakdown.Count.PARTICIPANTS, CategoryCombo.SERVICE),
    ISSUES_RAISED(Indicator.ISSUES_RAISED),
    ISSUES_RESOLVED(Indicator.ISSUES_RESOLVED),
    ISSUES_REFERRED(Indicator.ISSUES_REFERRED),
    TRAINING_SESSIONS_COMPLETED(Indicator.TRAINING_SESSIONS_COMPLETED),
    PEOPLE_CERTIFIED(Breakdown.Count.CERTIFIED, CategoryCombo.SEX_AND_SERVICE);

    /** The category combinations; their option combinations are coded {@code HMK_<SEX>_<SERVICE>}, {@code HMK_<SEX>}, {@code HMK_<SERVICE>}. */
    public enum CategoryCombo {
        DEFAULT, SEX, SERVICE, SEX_AND_SERVICE;

        public String code() {
            return this == DEFAULT ? "default" : "HMK_" + name();
        }

        /** The option combination a breakdown falls under in this combination; null when it is not one of it. */
        public String optionCombo(Breakdown breakdown) {
            return switch (this) {
                case SEX -> breakdown.sex() != null && breakdown.service() == null ? "HMK_" + breakdown.sex() : null;
                case SERVICE -> breakdown.sex() == null && breakdown.service() != null
                        ? "HMK_" + breakdown.service() : null;
                case SEX_AND_SERVICE -> breakdown.sex() != null && breakdown.service() != null
                        ? "HMK_" + breakdown.sex() + "_" + breakdown.service() : null;
                case DEFAULT -> null;
            };
        }
    }

    private final Indicator indicator;
    private final Breakdown.Count count;
    private final CategoryCombo categoryCombo;

    DataElement(Indicator indicator) {
        this.indicator = indicator;
        this.count = null;
        this.categoryCombo = CategoryCombo.DEFAULT;
    }

    DataElement(Breakdown.Count count, CategoryCombo categoryCombo) {
        this.indicator = null;
        this.count = count;
        this.categoryCombo = categoryCombo;
    }

    public String code() {
        return "HMK_" + name();
    }

    /** The overview's indicator, for an element with the default category combination. */
    public Indicator indicator() {
        return indicator;
    }

    /** The disaggregated count, for an element with a category combination of its own. */
    public Breakdown.Count count() {
        return count;
    }

    public CategoryCombo categoryCombo() {
        return categoryCombo;
    }
}
