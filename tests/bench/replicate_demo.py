# Benchmark fixture only: a national-size database made by copying one service-generated demo
# body N times with SQL, ids shifted; no audit rows, no receipt bytes, no card data. Usage:
#   python3 tests/bench/replicate_demo.py SMALL.sqlite OUT.sqlite 280
import sqlite3, sys
src, dst, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
import shutil; shutil.copy(src, dst)
db = sqlite3.connect(dst)
db.execute("PRAGMA foreign_keys=OFF")
db.execute("PRAGMA journal_mode=WAL")
def cols(t): return [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
OFF = 1000000
shift = {  # table -> {column: expression}
 'organisations': {'id': 'id + :k*1000', 'name': "name || ' ' || :k"},
 'persons': {'id': 'id + :k*%d' % OFF, 'latest_org_id': 'CASE WHEN latest_org_id IS NULL THEN NULL ELSE latest_org_id + :k*1000 END'},
 'appointments': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF, 'organisation_id': 'organisation_id + :k*1000'},
 'side_positions': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF},
 'side_incomes': {'id': 'id + :k*%d' % OFF, 'position_id': 'position_id + :k*%d' % OFF},
 'financial_interests': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF},
 'gifts': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF},
 'invitations': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF},
 'trips': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF},
 'claims': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF, 'number_seq': 'number_seq + :k*100000', 'advance_id': 'NULL'},
 'claim_lines': {'id': 'id + :k*%d' % OFF, 'person_id': 'person_id + :k*%d' % OFF, 'claim_id': 'claim_id + :k*%d' % OFF, 'receipt_id': 'NULL'},
 'claim_warnings': {'id': 'id + :k*%d' % OFF, 'claim_id': 'claim_id + :k*%d' % OFF, 'line_id': 'line_id + :k*%d' % OFF, 'other_line_id': 'other_line_id + :k*%d' % OFF, 'advance_id': 'NULL'},
}
for t, m in shift.items():
    c = cols(t)
    sel = ', '.join(m.get(x, x) for x in c)
    sql = f"INSERT INTO {t}({', '.join(c)}) SELECT {sel} FROM {t} WHERE id < 1000" if t == 'organisations' else f"INSERT INTO {t}({', '.join(c)}) SELECT {sel} FROM {t} WHERE id < {OFF}"
    for k in range(1, copies):
        db.execute(sql, {'k': k})
    db.commit()
    print(t, db.execute(f"SELECT count(*) FROM {t}").fetchone()[0], flush=True)

db.close()
