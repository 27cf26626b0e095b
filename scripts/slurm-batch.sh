#!/usr/bin/env bash
# A sharded batch as a Slurm job array: one array task per shard, then one merge that waits for them all.
#
#   scripts/slurm-batch.sh SHARDS OUT_FOLDER DEM... [batch options]
#   scripts/slurm-batch.sh 16 /scratch/alps /data/srtm1/alps --peaks alps-summits.csv --methods all
#
# Task i runs 'terrain-descent batch ... --shard i/SHARDS --out OUT_FOLDER/part-i.part' (parts are written
# atomically, so a failed or pre-empted task leaves nothing half-written and can simply be requeued); the merge job
# (afterok on the array) writes OUT_FOLDER/paths.geojson and OUT_FOLDER/summary.csv, byte-identical to one
# machine's 'batch'. Every task must see the same DEM tiles and peaks file (same names; folders may differ).
# SLURM_CPUS_PER_TASK sets --threads; TD_CLI (default: scripts/terrain-descent) names the command line;
# TD_SBATCH_OPTIONS adds sbatch options (partition, time, memory) to both jobs.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 SHARDS OUT_FOLDER DEM... [batch options]" >&2
  exit 2
fi
shards="$1"; out="$2"; shift 2
cli="${TD_CLI:-$(cd "$(dirname "$0")" && pwd)/terrain-descent}"
mkdir -p "$out"
read -r -a sbatch_options <<< "${TD_SBATCH_OPTIONS:-}"

# The array: %A is the array's job id, %a the task index (= the shard).
array_job=$(sbatch --parsable "${sbatch_options[@]}" --job-name=td-shard --array="0-$((shards - 1))" \
  --output="$out/shard-%a.log" --wrap="$(printf '%q ' "$cli" batch "$@") --threads \${SLURM_CPUS_PER_TASK:-1} \
  --shard \${SLURM_ARRAY_TASK_ID}/$shards --out $(printf '%q' "$out")/part-\${SLURM_ARRAY_TASK_ID}.part")

# The merge runs once every task has succeeded; parts may be given in any order.
parts=$(for ((i = 0; i < shards; i++)); do printf '%q ' "$out/part-$i.part"; done)
merge_job=$(sbatch --parsable "${sbatch_options[@]}" --job-name=td-merge --dependency="afterok:$array_job" \
  --output="$out/merge.log" --wrap="$(printf '%q ' "$cli") merge $parts --out $(printf '%q' "$out")/paths.geojson --summary $(printf '%q' "$out")/summary.csv")
echo "submitted shards as job array $array_job (0-$((shards - 1))) and the merge as job $merge_job"
