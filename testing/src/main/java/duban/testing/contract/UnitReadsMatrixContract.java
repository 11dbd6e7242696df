package duban.testing.contract;

import duban.testing.identity.AuthorizationMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The authorization matrix of a service whose only endpoints read one unit's own resource, such as
 * {@code GET /api/v1/units/{unitId}/dashboard}: each is asked for the owning unit, so that its clerk is served
 * and the other unit's clerk refused.
 */
public abstract class UnitReadsMatrixContract extends AuthorizationMatrixContract {

    private static final String OWNING_UNIT = "矩阵单位甲";
    private static final String OTHER_UNIT = "矩阵单位乙";

    private final List<String> paths;

    /**
     * @param state what no call may change: the service's read models
     * @param paths every endpoint's path, whose one parameter is the unit
     */
    protected UnitReadsMatrixContract(String service, Supplier<Object> state, String... paths) {
        super(service, paths.length, OWNING_UNIT, OTHER_UNIT, state);
        this.paths = List.of(paths);
    }

    @Override
    protected final Map<String, AuthorizationMatrix.Sample> samples() {
        Map<String, AuthorizationMatrix.Sample> samples = new LinkedHashMap<>();
        for (String path : paths) {
            samples.put("GET " + path, who -> as -> as.get(path, OWNING_UNIT));
        }
        return samples;
    }
}
