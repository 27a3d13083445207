package com.policyledger.web.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HTML ids of the code rows of one table. Links and tests know a row by its bare code
 * ({@code code-0552T}); only a code the table lists in several scopes adds the scope to each of its
 * rows ({@code code-0263T-COMMERCIAL}, and {@code -ALL} for the listing that names no product line).
 */
public final class CodeRowIds {

    private final Map<String, Long> rowsPerCode;

    public CodeRowIds(Collection<String> codes) {
        rowsPerCode = codes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    public String of(String code, List<String> scope) {
        if (rowsPerCode.getOrDefault(code, 0L) < 2) {
            return code;
        }
        return code + "-" + (scope.isEmpty() ? "ALL" : String.join("-", scope));
    }
}
