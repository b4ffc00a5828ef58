package org.hamkori.kit.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.validation.InputText;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query values of every request, checked once before any resource reads them: a control
 * character in one is a 400 naming the parameter (a path value names no resource, but a 404 would
 * hide that the request itself is malformed).
 */
public class InputParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(), errors);
        collect(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean acceptable = InputText.acceptableInParameter(parameter.getKey())
                    && parameter.getValue().stream().allMatch(InputText::acceptableInParameter);
            if (!acceptable) {
                errors.add(new Problem.FieldError(printable(parameter.getKey()), InputText.PARAMETER_RULE));
            }
        }
    }

    /** A parameter's name is echoed back, so it must not carry the characters it is refused for. */
    private static String printable(String name) {
        return InputText.acceptableInParameter(name) ? name : "(unprintable parameter name)";
    }
}
