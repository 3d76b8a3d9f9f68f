"""The relevance benchmark: how well presslens and its peers rank answers to questions typed as
people type them.

Two public test collections from ``../shared/data``, every engine in one run::

    collection (cranfield, xquad)  ->  Document, Question (model)
    engine (presslens_ranker, benchmarks.peers.relevance_*)  ->  Ranking per question (run)
    rankings + judgements  ->  nDCG@10, recall@100, MRR@10 per split and language (scores)
    ->  markdown tables (report) and benchmarks/results/relevance.json (cli)

    python -m benchmarks.relevance --help
"""
