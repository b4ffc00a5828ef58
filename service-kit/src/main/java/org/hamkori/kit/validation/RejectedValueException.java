package org.hamkori.kit.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A body value that reads as its type but breaks an input rule; Jackson adds the field's path on its
 * way out, so the problem names the field and says why.
 */
public class RejectedValueException extends JsonMappingException {

    public RejectedValueException(JsonParser parser, String reason) {
        super(parser, reason);
    }
}
