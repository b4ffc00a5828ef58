package org.hamkori.reporting.rest.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hamkori.reporting.Indicator;

/**
 * The report pack's words in English, Russian or Tajik ({@code labels*.properties} beside this class): the language
 * asked for, English for any other (never the machine's own language).
 */
final class ReportLabels {

    private static final String BUNDLE = "org.hamkori.reporting.rest.pdf.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private ReportLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ReportLabels in(Locale language) {
        return new ReportLabels(ResourceBundle.getBundle(BUNDLE, language, ReportLabels.class.getClassLoader(),
                NO_FALLBACK));
    }

    /** The language the words are in: en, ru or tg. */
    Locale language() {
        Locale found = bundle.getLocale();
        return found.getLanguage().isEmpty() ? Locale.ENGLISH : found;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... values) {
        return new MessageFormat(get(key), language()).format(values);
    }

    String of(Indicator indicator) {
        return get(indicator.path());
    }
}
