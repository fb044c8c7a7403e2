-- Every app process caches resolved sessions; any change to what a session resolves to
-- (revocation, user disabled or edited, grants, unit names) tells them all on commit.
CREATE OR REPLACE FUNCTION jixiao_auth_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'units' THEN
    PERFORM pg_notify('jixiao_auth', '*');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('jixiao_auth', 'u:' || OLD.user_id);
  ELSE
    PERFORM pg_notify('jixiao_auth', 'u:' || NEW.user_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jixiao_auth_notify_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jixiao_auth', 'u:' || (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_auth_notify AFTER UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION jixiao_auth_notify();
--> statement-breakpoint
CREATE TRIGGER roles_auth_notify AFTER INSERT OR UPDATE OR DELETE ON role_assignments FOR EACH ROW EXECUTE FUNCTION jixiao_auth_notify();
--> statement-breakpoint
CREATE TRIGGER users_auth_notify AFTER UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION jixiao_auth_notify_user();
--> statement-breakpoint
CREATE TRIGGER units_auth_notify AFTER UPDATE OF name ON units FOR EACH STATEMENT EXECUTE FUNCTION jixiao_auth_notify();
