import { useAuth } from '../../../auth/AuthContext';
import { useReference } from '../../../components/Reference';
import { districtsWithinScope, withinScope } from '../lib/regionScope';

/**
 * The regions and districts a picker offers: for a user limited to some regions, only those (the services would
 * refuse the others); names of every region and district stay available for what is shown.
 */
export function usePickableReference() {
  const { regions: scope } = useAuth();
  const reference = useReference();
  return {
    ...reference,
    regions: withinScope(reference.regions, scope),
    districts: districtsWithinScope(reference.districts, scope),
  };
}
