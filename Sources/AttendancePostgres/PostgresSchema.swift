/// The database layout, as numbered migrations (docs/postgresql.md). Documents are rows:
/// the organisation as one row, each employee as one row whose `document` is the JSON of the
/// folder store without private free text, that text's full document beside it in
/// `employee_private`. Who may see which rows is row-level security over `attend.access`,
/// the map from PostgreSQL roles to attend managers (and HR), kept by `attend store grant`.
enum PostgresSchema {
    /// The schema this attend writes; a database with a newer one is refused.
    static var current: Int { migrations.count }

    /// Migration n (1-based) takes the database from version n - 1 to n, in one transaction.
    static let migrations: [String] = [
        """
        CREATE SCHEMA attend;
        CREATE TABLE attend.meta (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO attend.meta VALUES ('schema', '1');
        CREATE TABLE attend.organisation (
            one boolean PRIMARY KEY DEFAULT true CHECK (one),
            revision integer NOT NULL CHECK (revision > 0),
            document jsonb NOT NULL);
        -- The organisation's teams and their managers, for the access rules.
        CREATE TABLE attend.teams (id text PRIMARY KEY, manager_id text NOT NULL);
        -- Which PostgreSQL role is which attend manager, or HR, or a reader of reports.
        CREATE TABLE attend.access (
            role name PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('manager', 'hr', 'reports')),
            manager_id text,
            CHECK ((kind = 'manager') = (manager_id IS NOT NULL)));
        CREATE TABLE attend.employees (
            id text PRIMARY KEY,
            team_id text,
            manager_id text,
            revision integer NOT NULL CHECK (revision > 0),
            document jsonb NOT NULL);
        CREATE TABLE attend.employee_private (
            id text PRIMARY KEY REFERENCES attend.employees (id) ON DELETE CASCADE,
            document jsonb NOT NULL);
        -- Every change, with the database role that made it.
        CREATE TABLE attend.audit (
            seq bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            db_role name NOT NULL DEFAULT current_user,
            actor text NOT NULL,
            action text NOT NULL,
            employee_id text,
            summary text NOT NULL,
            revision integer NOT NULL);
        -- Bumped by every save, so an open UI can tell that something changed.
        CREATE TABLE attend.changes (one boolean PRIMARY KEY DEFAULT true CHECK (one), counter bigint NOT NULL);
        INSERT INTO attend.changes VALUES (true, 0);

        -- The access checks run as the schema's owner (SECURITY DEFINER), so that no role
        -- needs to read attend.access itself; the policies pass them the connected role.
        CREATE FUNCTION attend.access_kind(p_role name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ SELECT kind FROM attend.access WHERE role = p_role $$;
        CREATE FUNCTION attend.access_manager(p_role name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
            AS $$ SELECT manager_id FROM attend.access WHERE role = p_role $$;
        -- Whether the role may see a person of this team (or, with no team, this manager).
        CREATE FUNCTION attend.may_see(p_role name, p_team text, p_manager text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT EXISTS (
                SELECT 1 FROM attend.access a
                WHERE a.role = p_role
                  AND (a.kind IN ('hr', 'reports')
                       OR a.manager_id = COALESCE((SELECT t.manager_id FROM attend.teams t WHERE t.id = p_team), p_manager)))
        $$;
        -- Whether the role may read and change the person's whole record, private text too.
        CREATE FUNCTION attend.may_read_private(p_role name, p_team text, p_manager text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT EXISTS (
                SELECT 1 FROM attend.access a
                WHERE a.role = p_role
                  AND (a.kind = 'hr'
                       OR a.manager_id = COALESCE((SELECT t.manager_id FROM attend.teams t WHERE t.id = p_team), p_manager)))
        $$;
        REVOKE ALL ON FUNCTION attend.access_kind(name), attend.access_manager(name), attend.may_see(name, text, text), attend.may_read_private(name, text, text) FROM PUBLIC;

        ALTER TABLE attend.employees ENABLE ROW LEVEL SECURITY;
        CREATE POLICY read ON attend.employees FOR SELECT USING (attend.may_see(current_user, team_id, manager_id));
        CREATE POLICY add ON attend.employees FOR INSERT
            WITH CHECK (attend.may_read_private(current_user, team_id, manager_id));
        CREATE POLICY change ON attend.employees FOR UPDATE
            USING (attend.may_read_private(current_user, team_id, manager_id)) WITH CHECK (attend.may_read_private(current_user, team_id, manager_id));
        CREATE POLICY erase ON attend.employees FOR DELETE USING (attend.access_kind(current_user) = 'hr');

        ALTER TABLE attend.employee_private ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own ON attend.employee_private
            USING (EXISTS (SELECT 1 FROM attend.employees e WHERE e.id = employee_private.id AND attend.may_read_private(current_user, e.team_id, e.manager_id)))
            WITH CHECK (EXISTS (SELECT 1 FROM attend.employees e WHERE e.id = employee_private.id AND attend.may_read_private(current_user, e.team_id, e.manager_id)));

        ALTER TABLE attend.organisation ENABLE ROW LEVEL SECURITY;
        CREATE POLICY read ON attend.organisation FOR SELECT USING (true);
        CREATE POLICY change ON attend.organisation FOR UPDATE USING (attend.access_kind(current_user) = 'hr') WITH CHECK (attend.access_kind(current_user) = 'hr');

        ALTER TABLE attend.teams ENABLE ROW LEVEL SECURITY;
        CREATE POLICY read ON attend.teams FOR SELECT USING (true);
        CREATE POLICY change ON attend.teams USING (attend.access_kind(current_user) = 'hr') WITH CHECK (attend.access_kind(current_user) = 'hr');

        ALTER TABLE attend.audit ENABLE ROW LEVEL SECURITY;
        CREATE POLICY read ON attend.audit FOR SELECT USING (
            attend.access_kind(current_user) IN ('hr', 'reports')
            OR EXISTS (SELECT 1 FROM attend.employees e WHERE e.id = audit.employee_id));
        CREATE POLICY add ON attend.audit FOR INSERT WITH CHECK (db_role = current_user);
        """,
        // Schema 2 (D-108). Schema 1's read policies called a SECURITY DEFINER function for every
        // row, which PostgreSQL cannot inline: a manager's start over 50,000 people took 11 s to
        // find their 15. Now each policy asks its question once per query (an uncorrelated
        // sub-select, which PostgreSQL runs once as an InitPlan) and compares each row's team
        // with the answer. Documents are `json`, the text as written, which reads back without
        // being serialised again (jsonb took 2.6 s to print HR's 50,000 documents, json 0.7 s).
        // And the access functions answer only for a role the session's login may act as, so
        // no role can ask what another was granted.
        """
        CREATE OR REPLACE FUNCTION attend.access_kind(p_role name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT kind FROM attend.access WHERE role = p_role AND pg_has_role(session_user, p_role, 'MEMBER') $$;
        CREATE OR REPLACE FUNCTION attend.access_manager(p_role name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT manager_id FROM attend.access WHERE role = p_role AND pg_has_role(session_user, p_role, 'MEMBER') $$;
        CREATE OR REPLACE FUNCTION attend.may_see(p_role name, p_team text, p_manager text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT pg_has_role(session_user, p_role, 'MEMBER') AND EXISTS (SELECT 1 FROM attend.access a WHERE a.role = p_role AND (a.kind IN ('hr', 'reports') OR a.manager_id = COALESCE((SELECT t.manager_id FROM attend.teams t WHERE t.id = p_team), p_manager))) $$;
        CREATE OR REPLACE FUNCTION attend.may_read_private(p_role name, p_team text, p_manager text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT pg_has_role(session_user, p_role, 'MEMBER') AND EXISTS (SELECT 1 FROM attend.access a WHERE a.role = p_role AND (a.kind = 'hr' OR a.manager_id = COALESCE((SELECT t.manager_id FROM attend.teams t WHERE t.id = p_team), p_manager))) $$;
        -- Whether the role sees everyone (HR, reports), reads everyone's private text (HR), and
        -- the teams whose manager it is: each asked once per query by the policies below.
        CREATE FUNCTION attend.sees_everyone(p_role name) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT pg_has_role(session_user, p_role, 'MEMBER') AND EXISTS (SELECT 1 FROM attend.access WHERE role = p_role AND kind IN ('hr', 'reports')) $$;
        CREATE FUNCTION attend.reads_all_private(p_role name) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT pg_has_role(session_user, p_role, 'MEMBER') AND EXISTS (SELECT 1 FROM attend.access WHERE role = p_role AND kind = 'hr') $$;
        CREATE FUNCTION attend.managed_teams(p_role name) RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT COALESCE(array_agg(t.id), '{}') FROM attend.teams t JOIN attend.access a ON a.manager_id = t.manager_id WHERE a.role = p_role AND a.kind = 'manager' AND pg_has_role(session_user, p_role, 'MEMBER') $$;
        REVOKE ALL ON FUNCTION attend.sees_everyone(name), attend.reads_all_private(name), attend.managed_teams(name) FROM PUBLIC;
        DO $$ DECLARE r record; BEGIN FOR r IN SELECT a.role FROM attend.access a JOIN pg_roles p ON p.rolname = a.role LOOP EXECUTE format('GRANT EXECUTE ON FUNCTION attend.sees_everyone(name), attend.reads_all_private(name), attend.managed_teams(name) TO %I', r.role); END LOOP; END $$;

        DROP POLICY read ON attend.employees;
        CREATE POLICY read ON attend.employees FOR SELECT USING (
            (SELECT attend.sees_everyone(current_user))
            OR team_id = ANY ((SELECT attend.managed_teams(current_user))::text[])
            OR (manager_id = (SELECT attend.access_manager(current_user))
                AND (team_id IS NULL OR NOT EXISTS (SELECT 1 FROM attend.teams t WHERE t.id = employees.team_id))));
        DROP POLICY own ON attend.employee_private;
        CREATE POLICY own ON attend.employee_private
            USING ((SELECT attend.reads_all_private(current_user))
                OR EXISTS (SELECT 1 FROM attend.employees e WHERE e.id = employee_private.id
                    AND (e.team_id = ANY ((SELECT attend.managed_teams(current_user))::text[])
                         OR (e.manager_id = (SELECT attend.access_manager(current_user))
                             AND (e.team_id IS NULL OR NOT EXISTS (SELECT 1 FROM attend.teams t WHERE t.id = e.team_id))))))
            WITH CHECK ((SELECT attend.reads_all_private(current_user))
                OR EXISTS (SELECT 1 FROM attend.employees e WHERE e.id = employee_private.id
                    AND (e.team_id = ANY ((SELECT attend.managed_teams(current_user))::text[])
                         OR (e.manager_id = (SELECT attend.access_manager(current_user))
                             AND (e.team_id IS NULL OR NOT EXISTS (SELECT 1 FROM attend.teams t WHERE t.id = e.team_id))))));

        ALTER TABLE attend.organisation ALTER COLUMN document TYPE json USING document::json;
        ALTER TABLE attend.employees ALTER COLUMN document TYPE json USING document::json;
        ALTER TABLE attend.employee_private ALTER COLUMN document TYPE json USING document::json;
        """,
    ]
}
