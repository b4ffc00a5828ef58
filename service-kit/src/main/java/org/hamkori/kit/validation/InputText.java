package org.hamkori.kit.validation;

/**
 * Text a client may send. Control characters are never data here: NUL cannot even be stored by
 * PostgreSQL, and the others only hide what a value really says. Free text in a body may span lines
 * (tab, line feed and carriage return are kept); a path or query value is a single token and may hold
 * no control character at all. Unpaired UTF-16 surrogates are not text either.
 */
public final class InputText {

    public static final String BODY_RULE = "must not contain control characters other than tab and line breaks";
    public static final String PARAMETER_RULE = "must not contain control characters";

    private InputText() {
    }

    public static boolean acceptableInBody(String text) {
        return acceptable(text, true);
    }

    public static boolean acceptableInParameter(String text) {
        return acceptable(text, false);
    }

    private static boolean acceptable(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (!(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
