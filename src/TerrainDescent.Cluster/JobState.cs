namespace TerrainDescent.Cluster;

/// <summary>What a worker knows of a job it is polled about.</summary>
[GenerateSerializer]
[Alias("TerrainDescent.JobState")]
public enum JobState
{
    /// <summary>Never seen: the activation is new (its silo died, or it was collected): send the job again.</summary>
    Unknown,

    /// <summary>Queued or running.</summary>
    Running,

    /// <summary>Finished; the poll carries the result.</summary>
    Done,

    /// <summary>Failed; the poll carries the reason.</summary>
    Failed,
}
