-- Kubernetes objects, one row each. Written only by collection grains (one per kind), so one
-- create/update/delete of an object is one row write however many objects the kind has.
-- resource_version values are reserved in blocks from one counter row, so they grow across
-- restarts and are comparable across kinds; one counter update per block, not per write.
CREATE TABLE IF NOT EXISTS resource_version_counter (
    id     int    PRIMARY KEY CHECK (id = 1),
    value  bigint NOT NULL
);
INSERT INTO resource_version_counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS resource_objects (
    resource          text   NOT NULL,   -- collection key, e.g. 'apps/Deployment', 'core/Pod'
    namespace         text   NOT NULL,   -- '' for cluster-scoped kinds
    name              text   NOT NULL,
    resource_version  bigint NOT NULL,
    body              text   NOT NULL,   -- the object's JSON, resourceVersion included
    PRIMARY KEY (resource, namespace, name)
);
