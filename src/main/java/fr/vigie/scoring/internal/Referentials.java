package fr.vigie.scoring.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.ReferentialVersionId;

import org.springframework.stereotype.Component;

/**
 * Published referential versions by id, kept once read: tests only pin published
 * versions, and a published version never changes.
 */
@Component
public class Referentials {

	private final ReferentialManagement referentials;

	private final Map<String, ReferentialVersion> cache = new ConcurrentHashMap<>();

	Referentials(ReferentialManagement referentials) {
		this.referentials = referentials;
	}

	public Optional<ReferentialVersion> find(String id) {
		ReferentialVersion cached = this.cache.get(id);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<ReferentialVersion> found = this.referentials.findVersion(new ReferentialVersionId(id));
		found.filter(ReferentialVersion::isPublished).ifPresent((version) -> this.cache.put(id, version));
		return found;
	}

}
