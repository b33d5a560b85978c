using Concurrency.Workloads.Worker;

// Reads requests from stdin until it closes, then exits: a parent that dies leaves no orphan behind.
return WorkerHost.Run(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
