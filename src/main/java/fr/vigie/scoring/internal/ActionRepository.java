package fr.vigie.scoring.internal;

import java.util.Collection;
import java.util.List;

import fr.vigie.scoring.ActionStatus;
import fr.vigie.scoring.CorrectiveAction;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActionRepository extends MongoRepository<CorrectiveAction, String> {

	List<CorrectiveAction> findBySiteIdOrderByDueOnAsc(String siteId);

	List<CorrectiveAction> findByStatusInOrderByDueOnAsc(Collection<ActionStatus> statuses);

	List<CorrectiveAction> findByRetestSlotId(String retestSlotId);

}
